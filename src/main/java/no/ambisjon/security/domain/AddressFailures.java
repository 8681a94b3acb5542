package no.ambisjon.security.domain;

import java.time.Instant;

/** Failed login attempts on one account from one address. */
public record AddressFailures(Long accountId, String address, long count, Instant latest) {
}
