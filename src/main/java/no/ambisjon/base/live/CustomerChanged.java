package no.ambisjon.base.live;

/**
 * Something of one customer's changed (a check-in, a comment, an edit). Published by the services
 * inside their transaction; delivered to the open screens of that customer after it commits.
 */
public record CustomerChanged(long customerId) {
}
