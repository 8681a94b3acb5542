package no.ambisjon.customer;

import no.ambisjon.security.CustomerStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the login whether a customer login's customer is still active. */
@Component
@Transactional(readOnly = true)
class ActiveCustomers implements CustomerStatus {

    private final CustomerLoader customers;

    ActiveCustomers(CustomerLoader customers) {
        this.customers = customers;
    }

    @Override
    public boolean isActive(long customerId) {
        return customers.isActive(customerId);
    }
}
