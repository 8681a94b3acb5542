package no.ambisjon.okr;

import no.ambisjon.base.NotFoundException;
import no.ambisjon.customer.CustomerId;
import no.ambisjon.customer.TenantGuard;
import no.ambisjon.okr.domain.KeyResult;
import no.ambisjon.okr.domain.KeyResultRepository;
import no.ambisjon.okr.domain.Objective;
import no.ambisjon.okr.domain.ObjectiveRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place objectives and key results are looked up by id: one of a customer the signed-in
 * user may not see is "not found", exactly like an id that does not exist.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class OkrLoader {

    private final ObjectiveRepository objectives;
    private final KeyResultRepository keyResults;
    private final TenantGuard tenantGuard;

    OkrLoader(ObjectiveRepository objectives, KeyResultRepository keyResults, TenantGuard tenantGuard) {
        this.objectives = objectives;
        this.keyResults = keyResults;
        this.tenantGuard = tenantGuard;
    }

    /** A customer to add objectives to. */
    CustomerId customer(CustomerId customerId) {
        tenantGuard.requireVisible(customerId.value());
        return customerId;
    }

    Objective objective(ObjectiveId id) {
        var objective = objectives.findById(id.value()).orElseThrow(NotFoundException::new);
        tenantGuard.requireVisible(objective.getCustomerId());
        return objective;
    }

    /** @throws no.ambisjon.base.ConcurrentEditException when someone saved the objective since {@code version} */
    Objective objective(ObjectiveId id, long version) {
        var objective = objective(id);
        objective.requireVersion(version);
        return objective;
    }

    KeyResult keyResult(KeyResultId id) {
        var keyResult = keyResults.findById(id.value()).orElseThrow(NotFoundException::new);
        tenantGuard.requireVisible(keyResult.getCustomerId());
        return keyResult;
    }

    /** @throws no.ambisjon.base.ConcurrentEditException when someone saved the key result since {@code version} */
    KeyResult keyResult(KeyResultId id, long version) {
        var keyResult = keyResult(id);
        keyResult.requireVersion(version);
        return keyResult;
    }
}
