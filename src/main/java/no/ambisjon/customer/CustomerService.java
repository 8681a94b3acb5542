package no.ambisjon.customer;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
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
    private final CustomerLoader loader;
    private final TenantGuard tenantGuard;

    CustomerService(CustomerRepository customers, CustomerLoader loader, TenantGuard tenantGuard) {
        this.customers = customers;
        this.loader = loader;
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
        return toSummary(loader.customer(id.value()));
    }

    public CustomerSummary getBySlug(String slug) {
        return toSummary(loader.bySlug(slug));
    }

    private static CustomerSummary toSummary(Customer c) {
        return new CustomerSummary(new CustomerId(c.getId()), c.getName(),
                c.getShortNames().stream().sorted().toList(), c.getSlug(), c.isActive());
    }
}
