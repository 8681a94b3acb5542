package no.ambisjon.customer;

import java.util.Set;
import no.ambisjon.base.NotFoundException;
import no.ambisjon.customer.domain.ConsultantAssignmentRepository;
import no.ambisjon.security.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that decides which customers the signed-in user may see. Every service that takes
 * the id of a customer, or of anything a customer owns, asks it first: an admin sees all customers,
 * a consultant the assigned ones, a customer login only its own. Anything else is "not found",
 * exactly as if it did not exist.
 */
@Component
@Transactional(readOnly = true)
public class TenantGuard {

    private final CurrentUser currentUser;
    private final ConsultantAssignmentRepository assignments;

    TenantGuard(CurrentUser currentUser, ConsultantAssignmentRepository assignments) {
        this.currentUser = currentUser;
        this.assignments = assignments;
    }

    public TenantScope scope() {
        var user = currentUser.require();
        return switch (user.role()) {
            case ADMIN -> TenantScope.all();
            case CONSULTANT -> TenantScope.of(assignments.findActiveCustomerIdsByConsultantId(user.id()));
            case CUSTOMER_EDITOR, CUSTOMER_VIEWER -> TenantScope.of(Set.of(user.customerId()));
        };
    }

    /** @throws NotFoundException when the customer is outside the user's scope, or does not exist */
    public void requireVisible(long customerId) {
        if (!scope().includes(customerId)) {
            throw new NotFoundException();
        }
    }
}
