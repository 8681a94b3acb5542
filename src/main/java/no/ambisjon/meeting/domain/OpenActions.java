package no.ambisjon.meeting.domain;

/** How many action items of a customer are not done. */
public record OpenActions(long customerId, long count) {
}
