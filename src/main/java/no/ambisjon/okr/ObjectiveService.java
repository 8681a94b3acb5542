package no.ambisjon.okr;

import no.ambisjon.okr.domain.CheckInRepository;
import java.util.HashMap;
import java.math.BigDecimal;
import static no.ambisjon.base.Texts.blankToNull;

import jakarta.validation.Valid;
import java.util.List;
import no.ambisjon.base.change.ChangeKind;
import no.ambisjon.base.change.Changes;
import no.ambisjon.coach.CheckId;
import no.ambisjon.customer.CustomerId;
import no.ambisjon.okr.domain.KeyResult;
import no.ambisjon.okr.domain.KeyResultRepository;
import no.ambisjon.okr.domain.Objective;
import no.ambisjon.okr.domain.ObjectiveRepository;
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
    private final CheckInRepository checkIns;
    private final OkrLoader loader;
    private final CoachAnswers answers;
    private final Changes changes;
    private final OwnerChoices owners;

    ObjectiveService(ObjectiveRepository objectives, KeyResultRepository keyResults, CheckInRepository checkIns,
                     OkrLoader loader, CoachAnswers answers, Changes changes, OwnerChoices owners) {
        this.owners = owners;
        this.objectives = objectives;
        this.keyResults = keyResults;
        this.checkIns = checkIns;
        this.loader = loader;
        this.answers = answers;
        this.changes = changes;
    }

    public ObjectiveId create(CustomerId customerId, Quarter quarter, @Valid ObjectiveForm form) {
        var objective = new Objective(loader.customer(customerId).value(), quarter);
        apply(objective, form);
        objectives.save(objective);
        answers.record(objective, form.getConfirmed());
        changed(objective, ChangeKind.OBJECTIVE_CREATED);
        return new ObjectiveId(objective.getId());
    }

    /** @throws no.ambisjon.base.ConcurrentEditException when someone else saved the objective after {@code version} was read */
    public void update(ObjectiveId id, long version, @Valid ObjectiveForm form) {
        var objective = loader.objective(id, version);
        apply(objective, form);
        answers.record(objective, form.getConfirmed());
        changed(objective, ChangeKind.OBJECTIVE_CHANGED);
    }

    /** Answers one of the coach's confirm questions for the objective as it is now. */
    public void confirm(ObjectiveId id, CheckId check, boolean yes) {
        var objective = loader.objective(id);
        answers.answer(objective, check, yes);
        changes.record(new OkrChange(ChangeKind.COACH_ANSWERED, objective.getCustomerId(),
                objective.getTitle() + ": " + check + (yes ? " ✓" : " –")));
    }

    public void archive(ObjectiveId id, long version) {
        var objective = loader.objective(id, version);
        objective.describe(objective.getTitle(), objective.getDescription(), ObjectiveStatus.ARCHIVED);
        changed(objective, ChangeKind.OBJECTIVE_ARCHIVED);
    }

    /**
     * Copies objectives with their key results into the quarter after their own, as drafts whose
     * key results start from where they got to (check-ins and comments stay behind; a yes/no result
     * starts again at no). Each objective copied is a change of its own.
     */
    public List<ObjectiveId> copyToNextQuarter(List<ObjectiveId> ids) {
        var originals = ids.stream().map(loader::objective).toList();
        var krs = keyResults.findByObjectiveIdInAndArchivedFalseOrderById(originals.stream().map(Objective::getId).toList());
        var reached = new HashMap<Long, BigDecimal>();
        checkIns.findByKeyResultIdInOrderByCheckedInAtAscIdAsc(krs.stream().map(KeyResult::getId).toList())
                .forEach(checkIn -> reached.put(checkIn.getKeyResultId(), checkIn.getValue()));
        return originals.stream().map(original -> {
            var copy = new Objective(original.getCustomerId(), original.getQuarter().next());
            copy.describe(original.getTitle(), original.getDescription(), ObjectiveStatus.DRAFT);
            copy.ownedBy(original.getOwnerId(), original.getGuestOwner());
            var saved = objectives.save(copy);
            krs.stream().filter(kr -> kr.getObjectiveId() == original.getId()).forEach(kr -> {
                var krCopy = new KeyResult(saved.getId(), saved.getCustomerId());
                var start = kr.getMeasure() == Measure.YES_NO ? kr.getStartValue()
                        : reached.getOrDefault(kr.getId(), kr.getStartValue());
                krCopy.define(kr.getTitle(), kr.getCategory(), kr.getMeasure(), start,
                        kr.getTargetValue(), kr.getUnit(), kr.getDirection());
                krCopy.ownedBy(kr.getOwnerId(), kr.getGuestOwner());
                keyResults.save(krCopy);
            });
            changes.record(new OkrChange(ChangeKind.OBJECTIVE_COPIED, saved.getCustomerId(),
                    saved.getTitle() + " → " + saved.getQuarter()));
            return new ObjectiveId(saved.getId());
        }).toList();
    }

    private void changed(Objective objective, ChangeKind kind) {
        changes.record(new OkrChange(kind, objective.getCustomerId(), objective.getTitle()));
    }

    private void apply(Objective objective, ObjectiveForm form) {
        objective.describe(form.getTitle().strip(), blankToNull(form.getDescription()), form.getStatus());
        var owner = owners.checked(objective.getCustomerId(), objective.getOwnerId(), objective.getGuestOwner(),
                form.getOwner());
        objective.ownedBy(owner == null ? null : owner.personId(), owner == null ? null : owner.name());
    }
}
