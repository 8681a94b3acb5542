package no.ambisjon.security;

/** An administrator deactivated a customer: the open sessions of its logins end once that has committed. */
public record CustomerClosed(long customerId) {
}
