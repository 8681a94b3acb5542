package no.ambisjon.customer;

/** Another customer already has the address. */
public class SlugTakenException extends RuntimeException {
}
