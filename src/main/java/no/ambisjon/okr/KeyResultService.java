package no.ambisjon.okr;

import static no.ambisjon.base.Texts.blankToNull;

import jakarta.validation.Valid;
import java.time.Clock;
import no.ambisjon.base.ConcurrentEditException;
import no.ambisjon.okr.domain.CheckIn;
import no.ambisjon.okr.domain.CheckInRepository;
import no.ambisjon.okr.domain.KeyResult;
import no.ambisjon.okr.domain.KeyResultRepository;
import no.ambisjon.security.CurrentUser;
import no.ambisjon.base.audit.AuditKind;
import no.ambisjon.base.audit.AuditLog;
import no.ambisjon.base.live.CustomerChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
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
    private final OkrAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;

    KeyResultService(KeyResultRepository keyResults, CheckInRepository checkIns, OkrAccess access,
                     CurrentUser currentUser, Clock clock, ApplicationEventPublisher events, AuditLog audit) {
        this.events = events;
        this.audit = audit;
        this.keyResults = keyResults;
        this.checkIns = checkIns;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public KeyResultId add(ObjectiveId objectiveId, @Valid KeyResultForm form) {
        var objective = access.objective(objectiveId);
        var kr = new KeyResult(objective.getId(), objective.getCustomerId());
        apply(kr, form);
        keyResults.save(kr);
        changed(kr, AuditKind.KEY_RESULT_ADDED, kr.getTitle());
        return new KeyResultId(kr.getId());
    }

    /** @throws ConcurrentEditException when someone else saved the key result after {@code version} was read */
    public void update(KeyResultId id, long version, @Valid KeyResultForm form) {
        var kr = access.keyResult(id);
        kr.requireVersion(version);
        apply(kr, form);
        flush();
        changed(kr, AuditKind.KEY_RESULT_CHANGED, kr.getTitle());
    }

    public void archive(KeyResultId id, long version) {
        var kr = access.keyResult(id);
        kr.requireVersion(version);
        kr.archive();
        flush();
        changed(kr, AuditKind.KEY_RESULT_ARCHIVED, kr.getTitle());
    }

    /**
     * Records a new value. A check-in only ever adds a row, so simultaneous check-ins never conflict:
     * all are kept, and the key result's current value is the latest one's.
     */
    public void checkIn(KeyResultId id, @Valid CheckInForm form) {
        var kr = access.keyResult(id);
        var user = currentUser.require();
        checkIns.save(new CheckIn(kr.getId(), kr.getCustomerId(), form.getValue(), form.getConfidence(),
                blankToNull(form.getComment()), user.id(), user.displayName(), clock.instant()));
        changed(kr, AuditKind.CHECK_IN, kr.getTitle() + ": " + form.getValue().toPlainString()
                + " (" + form.getConfidence().name() + ")");
    }

    private void changed(KeyResult kr, AuditKind kind, String subject) {
        audit.record(kind, kr.getCustomerId(), subject);
        events.publishEvent(new CustomerChanged(kr.getCustomerId()));
    }

    private static void apply(KeyResult kr, KeyResultForm form) {
        kr.define(form.getTitle().strip(), form.getCategory(), form.getMeasure(), form.getStartValue(),
                form.getTargetValue(), blankToNull(form.getUnit()), form.getDirection(), blankToNull(form.getOwner()));
    }

    private void flush() {
        try {
            keyResults.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException();
        }
    }
}
