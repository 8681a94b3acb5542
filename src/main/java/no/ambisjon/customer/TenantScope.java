package no.ambisjon.customer;

import java.util.Set;

/**
 * The customers the current user may see: every customer (an admin) or a fixed set. Queries filter
 * by it; a single row loaded by id is checked against it.
 */
public record TenantScope(boolean everyCustomer, Set<Long> customerIds) {

    public static TenantScope all() {
        return new TenantScope(true, Set.of());
    }

    public static TenantScope of(Set<Long> customerIds) {
        return new TenantScope(false, Set.copyOf(customerIds));
    }

    public boolean includes(long customerId) {
        return everyCustomer || customerIds.contains(customerId);
    }
}
