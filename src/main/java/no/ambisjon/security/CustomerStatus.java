package no.ambisjon.security;

/**
 * Whether a customer is active, asked at every login of its people: a deactivated customer's
 * logins cannot sign in. The customer feature answers it; security only asks.
 */
public interface CustomerStatus {

    boolean isActive(long customerId);
}
