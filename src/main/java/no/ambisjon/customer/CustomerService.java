package no.ambisjon.customer;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import no.ambisjon.base.NotFoundException;
import no.ambisjon.base.i18n.Language;
import no.ambisjon.customer.domain.Customer;
import no.ambisjon.customer.domain.CustomerRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The customers the signed-in user may see. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class CustomerService {

    /** Norwegian alphabetical order (Æ, Ø, Å last), whatever the database's collation. */
    private static final Comparator<CustomerSummary> BY_NAME =
            Comparator.comparing(CustomerSummary::name, Collator.getInstance(Language.NB.locale()));

    private final CustomerRepository customers;
    private final TenantGuard tenantGuard;

    CustomerService(CustomerRepository customers, TenantGuard tenantGuard) {
        this.customers = customers;
        this.tenantGuard = tenantGuard;
    }

    /** The active customers the user may see; only the administration lists deactivated ones. */
    public List<CustomerSummary> visibleCustomers() {
        var scope = tenantGuard.scope();
        var found = scope.everyCustomer()
                ? customers.findAllWithShortNamesBy()
                : customers.findByIdIn(scope.customerIds());
        return found.stream().filter(Customer::isActive).map(CustomerService::toSummary).sorted(BY_NAME).toList();
    }

    public CustomerSummary get(CustomerId id) {
        tenantGuard.requireVisible(id.value());
        return customers.findWithShortNamesById(id.value()).map(CustomerService::toSummary)
                .orElseThrow(NotFoundException::new);
    }

    public CustomerSummary getBySlug(String slug) {
        var customer = customers.findBySlug(slug).orElseThrow(NotFoundException::new);
        tenantGuard.requireVisible(customer.getId());
        return toSummary(customer);
    }

    private static CustomerSummary toSummary(Customer c) {
        return new CustomerSummary(new CustomerId(c.getId()), c.getName(),
                c.getShortNames().stream().sorted().toList(), c.getSlug(), c.isActive());
    }
}
