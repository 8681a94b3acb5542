package no.ambisjon.okr;

import jakarta.validation.Valid;
import java.util.List;
import static no.ambisjon.base.Texts.blankToNull;

import no.ambisjon.base.ConcurrentEditException;
import no.ambisjon.coach.CheckId;
import no.ambisjon.customer.CustomerId;
import no.ambisjon.customer.TenantGuard;
import no.ambisjon.okr.domain.KeyResult;
import no.ambisjon.okr.domain.KeyResultRepository;
import no.ambisjon.okr.domain.Objective;
import no.ambisjon.okr.domain.ObjectiveRepository;
import no.ambisjon.base.audit.AuditKind;
import no.ambisjon.base.audit.AuditLog;
import no.ambisjon.base.live.CustomerChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Creating, changing, archiving and carrying over objectives: agency staff and the customer's editors. */
@Service
@Validated
@Transactional
@PreAuthorize("hasAnyRole('ADMIN', 'CONSULTANT', 'CUSTOMER_EDITOR')")
public class ObjectiveService {

    private final ObjectiveRepository objectives;
    private final KeyResultRepository keyResults;
    private final OkrAccess access;
    private final TenantGuard tenantGuard;
    private final CoachAnswers answers;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;

    ObjectiveService(ObjectiveRepository objectives, KeyResultRepository keyResults, OkrAccess access,
                     TenantGuard tenantGuard, CoachAnswers answers, ApplicationEventPublisher events, AuditLog audit) {
        this.events = events;
        this.audit = audit;
        this.objectives = objectives;
        this.keyResults = keyResults;
        this.access = access;
        this.tenantGuard = tenantGuard;
        this.answers = answers;
    }

    public ObjectiveId create(CustomerId customerId, Quarter quarter, @Valid ObjectiveForm form) {
        tenantGuard.requireVisible(customerId.value());
        var objective = new Objective(customerId.value(), quarter);
        apply(objective, form);
        objectives.save(objective);
        answers.record(objective, form.getConfirmed());
        changed(objective, AuditKind.OBJECTIVE_CREATED);
        return new ObjectiveId(objective.getId());
    }

    /** @throws ConcurrentEditException when someone else saved the objective after {@code version} was read */
    public void update(ObjectiveId id, long version, @Valid ObjectiveForm form) {
        var objective = access.objective(id);
        objective.requireVersion(version);
        apply(objective, form);
        flush();
        answers.record(objective, form.getConfirmed());
        changed(objective, AuditKind.OBJECTIVE_CHANGED);
    }

    /** Answers one of the coach's confirm questions for the objective as it is now. */
    public void confirm(ObjectiveId id, CheckId check, boolean yes) {
        var objective = access.objective(id);
        answers.answer(objective, check, yes);
        changed(objective, AuditKind.COACH_ANSWERED);
    }

    public void archive(ObjectiveId id, long version) {
        var objective = access.objective(id);
        objective.requireVersion(version);
        objective.describe(objective.getTitle(), objective.getDescription(), objective.getOwner(),
                ObjectiveStatus.ARCHIVED);
        flush();
        changed(objective, AuditKind.OBJECTIVE_ARCHIVED);
    }

    /**
     * Copies objectives with their key results into the quarter after their own, as drafts whose
     * key results start again from their start values (check-ins and comments stay behind).
     */
    public List<ObjectiveId> copyToNextQuarter(List<ObjectiveId> ids) {
        var originals = ids.stream().map(access::objective).toList();
        var krs = keyResults.findByObjectiveIdInAndArchivedFalseOrderById(originals.stream().map(Objective::getId).toList());
        return originals.stream().map(original -> {
            var copy = new Objective(original.getCustomerId(), original.getQuarter().next());
            copy.describe(original.getTitle(), original.getDescription(), original.getOwner(), ObjectiveStatus.DRAFT);
            var saved = objectives.save(copy);
            krs.stream().filter(kr -> kr.getObjectiveId() == original.getId()).forEach(kr -> {
                var krCopy = new KeyResult(saved.getId(), saved.getCustomerId());
                krCopy.define(kr.getTitle(), kr.getCategory(), kr.getMeasure(), kr.getStartValue(),
                        kr.getTargetValue(), kr.getUnit(), kr.getDirection(), kr.getOwner());
                keyResults.save(krCopy);
            });
            changed(saved, AuditKind.OBJECTIVE_COPIED);
            return new ObjectiveId(saved.getId());
        }).toList();
    }

    private void changed(Objective objective, AuditKind kind) {
        audit.record(kind, objective.getCustomerId(), objective.getTitle());
        events.publishEvent(new CustomerChanged(objective.getCustomerId()));
    }

    private static void apply(Objective objective, ObjectiveForm form) {
        objective.describe(form.getTitle().strip(), blankToNull(form.getDescription()), blankToNull(form.getOwner()),
                form.getStatus());
    }

    private void flush() {
        try {
            objectives.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException();
        }
    }
}
