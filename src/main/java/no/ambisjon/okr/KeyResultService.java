package no.ambisjon.okr;

import no.ambisjon.base.ui.TimeText;
import static no.ambisjon.base.Texts.blankToNull;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import no.ambisjon.base.change.ChangeKind;
import no.ambisjon.base.change.Changes;
import no.ambisjon.okr.domain.CheckIn;
import no.ambisjon.okr.domain.CheckInRepository;
import no.ambisjon.okr.domain.KeyResult;
import no.ambisjon.okr.domain.KeyResultRepository;
import no.ambisjon.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Key results and their check-ins: agency staff and the customer's editors. */
@Service
@Validated
@Transactional
@PreAuthorize("hasAnyRole('ADMIN', 'CONSULTANT', 'CUSTOMER_EDITOR')")
public class KeyResultService {

    private final KeyResultRepository keyResults;
    private final CheckInRepository checkIns;
    private final OkrLoader loader;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Changes changes;
    private final OwnerChoices owners;

    KeyResultService(KeyResultRepository keyResults, CheckInRepository checkIns, OkrLoader loader,
                     CurrentUser currentUser, Clock clock, Changes changes, OwnerChoices owners) {
        this.owners = owners;
        this.keyResults = keyResults;
        this.checkIns = checkIns;
        this.loader = loader;
        this.currentUser = currentUser;
        this.clock = clock;
        this.changes = changes;
    }

    public KeyResultId add(ObjectiveId objectiveId, @Valid KeyResultForm form) {
        var objective = loader.objective(objectiveId);
        var kr = new KeyResult(objective.getId(), objective.getCustomerId());
        apply(kr, form);
        keyResults.save(kr);
        changed(kr, ChangeKind.KEY_RESULT_ADDED, kr.getTitle());
        return new KeyResultId(kr.getId());
    }

    /** @throws no.ambisjon.base.ConcurrentEditException when someone else saved the key result after {@code version} was read */
    public void update(KeyResultId id, long version, @Valid KeyResultForm form) {
        var kr = loader.keyResult(id, version);
        apply(kr, form);
        changed(kr, ChangeKind.KEY_RESULT_CHANGED, kr.getTitle());
    }

    public void archive(KeyResultId id, long version) {
        var kr = loader.keyResult(id, version);
        kr.archive();
        changed(kr, ChangeKind.KEY_RESULT_ARCHIVED, kr.getTitle());
    }

    /**
     * Records a new value. A check-in only ever adds a row, so simultaneous check-ins never conflict:
     * all are kept, and the key result's current value is the latest one's.
     */
    public void checkIn(KeyResultId id, @Valid CheckInForm form) {
        var kr = loader.keyResult(id);
        var window = window(kr);
        var day = form.getDay() == null ? window.suggested() : form.getDay();
        if (!window.contains(day)) {
            throw new CheckInOutsideQuarterException(window);
        }
        var today = LocalDate.now(clock.withZone(TimeText.ZONE));
        // A check-in made today counts from now; one dated earlier, from midday of its day.
        var at = day.equals(today) ? clock.instant() : day.atTime(12, 0).atZone(TimeText.ZONE).toInstant();
        var user = currentUser.require();
        checkIns.save(new CheckIn(kr.getId(), kr.getCustomerId(), form.getValue(), form.getConfidence(),
                blankToNull(form.getComment()), user.id(), user.displayName(), at));
        changed(kr, ChangeKind.CHECK_IN, kr.getTitle() + ": " + form.getValue().toPlainString()
                + " (" + form.getConfidence().name() + ")");
    }

    /** The days the key result may be checked in on. */
    @Transactional(readOnly = true)
    public CheckInWindow checkInWindow(KeyResultId id) {
        return window(loader.keyResult(id));
    }

    private CheckInWindow window(KeyResult kr) {
        return CheckInWindow.of(loader.objective(new ObjectiveId(kr.getObjectiveId())).getQuarter(),
                LocalDate.now(clock.withZone(TimeText.ZONE)));
    }

    private void changed(KeyResult kr, ChangeKind kind, String subject) {
        changes.record(new OkrChange(kind, kr.getCustomerId(), subject));
    }

    private void apply(KeyResult kr, KeyResultForm form) {
        kr.define(form.getTitle().strip(), form.getCategory(), form.getMeasure(), form.getStartValue(),
                form.getTargetValue(), blankToNull(form.getUnit()), form.getDirection());
        var owner = owners.checked(kr.getCustomerId(), kr.getOwnerId(), kr.getGuestOwner(), form.getOwner());
        kr.ownedBy(owner == null ? null : owner.personId(), owner == null ? null : owner.name());
    }
}
