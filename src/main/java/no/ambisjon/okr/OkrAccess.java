package no.ambisjon.okr;

import no.ambisjon.base.NotFoundException;
import no.ambisjon.customer.TenantGuard;
import no.ambisjon.okr.domain.KeyResult;
import no.ambisjon.okr.domain.KeyResultRepository;
import no.ambisjon.okr.domain.Objective;
import no.ambisjon.okr.domain.ObjectiveRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads an objective or key result by id for the current user: another customer's is "not found". */
@Component
@Transactional
class OkrAccess {

    private final ObjectiveRepository objectives;
    private final KeyResultRepository keyResults;
    private final TenantGuard tenantGuard;

    OkrAccess(ObjectiveRepository objectives, KeyResultRepository keyResults, TenantGuard tenantGuard) {
        this.objectives = objectives;
        this.keyResults = keyResults;
        this.tenantGuard = tenantGuard;
    }

    Objective objective(ObjectiveId id) {
        var objective = objectives.findById(id.value()).orElseThrow(NotFoundException::new);
        tenantGuard.requireVisible(objective.getCustomerId());
        return objective;
    }

    KeyResult keyResult(KeyResultId id) {
        var keyResult = keyResults.findById(id.value()).orElseThrow(NotFoundException::new);
        tenantGuard.requireVisible(keyResult.getCustomerId());
        return keyResult;
    }
}
