package no.ambisjon.customer;

import java.util.regex.Pattern;
import no.ambisjon.base.NotFoundException;
import no.ambisjon.customer.domain.Customer;
import no.ambisjon.customer.domain.CustomerRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place a customer is looked up by id or address. A customer outside what the signed-in
 * user may see is "not found", exactly like one that does not exist.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class CustomerLoader {

    private static final Pattern SLUG = Pattern.compile(CustomerForm.SLUG);

    private final CustomerRepository customers;
    private final TenantGuard tenantGuard;

    CustomerLoader(CustomerRepository customers, TenantGuard tenantGuard) {
        this.customers = customers;
        this.tenantGuard = tenantGuard;
    }

    Customer customer(long customerId) {
        tenantGuard.requireVisible(customerId);
        return customers.findWithShortNamesById(customerId).orElseThrow(NotFoundException::new);
    }

    /** @throws no.ambisjon.base.ConcurrentEditException when someone saved the customer since {@code version} */
    Customer customer(long customerId, long version) {
        var customer = customer(customerId);
        customer.requireVersion(version);
        return customer;
    }

    /** @param slug as the address has it, typed by anyone: what no customer's address can be is not looked up */
    Customer bySlug(String slug) {
        if (slug == null || slug.length() > CustomerForm.SLUG_LENGTH || !SLUG.matcher(slug).matches()) {
            throw new NotFoundException();
        }
        var customer = customers.findBySlug(slug).orElseThrow(NotFoundException::new);
        tenantGuard.requireVisible(customer.getId());
        return customer;
    }

    /** Whether another customer than {@code customerId} (null: any) has the address. */
    boolean slugTaken(String slug, Long customerId) {
        return customers.findBySlug(slug).filter(other -> !other.getId().equals(customerId)).isPresent();
    }

    /** Asked at login, before anyone is signed in: tells only whether the customer may be used. */
    boolean isActive(long customerId) {
        return customers.findById(customerId).map(Customer::isActive).orElse(false);
    }
}
