package no.ambisjon.okr;

import java.time.Clock;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.ambisjon.coach.CheckId;
import no.ambisjon.coach.Coach;
import no.ambisjon.coach.CoachInput;
import no.ambisjon.customer.CustomerId;
import no.ambisjon.customer.CustomerService;
import no.ambisjon.okr.domain.KeyResultRepository;
import no.ambisjon.okr.domain.Objective;
import no.ambisjon.okr.domain.ObjectiveConfirmation;
import no.ambisjon.okr.domain.ObjectiveConfirmationRepository;
import no.ambisjon.security.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores the user's answers to the coach's confirm questions with a fingerprint of what they
 * answered about; a later material change (the title, the targets) makes the answer stale.
 */
@Component
@Transactional
class CoachAnswers {

    private final ObjectiveConfirmationRepository confirmations;
    private final KeyResultRepository keyResults;
    private final CustomerService customers;
    private final CurrentUser currentUser;
    private final Clock clock;

    CoachAnswers(ObjectiveConfirmationRepository confirmations, KeyResultRepository keyResults,
                 CustomerService customers, CurrentUser currentUser, Clock clock) {
        this.confirmations = confirmations;
        this.keyResults = keyResults;
        this.customers = customers;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The full set of yes answers, as a form submits them: the other confirm questions become unanswered. */
    void record(Objective objective, Set<CheckId> yes) {
        var manual = EnumSet.noneOf(CheckId.class);
        Arrays.stream(CheckId.values()).filter(CheckId::isConfirmedByUser).forEach(manual::add);
        apply(objective, manual, yes);
    }

    void answer(Objective objective, CheckId check, boolean yes) {
        if (!check.isConfirmedByUser()) {
            throw new IllegalArgumentException(check + " is checked by the coach itself");
        }
        apply(objective, EnumSet.of(check), yes ? EnumSet.of(check) : EnumSet.noneOf(CheckId.class));
    }

    /** Sets the answers to {@code checks}: yes for those in {@code yes}, no (deleted) for the rest. */
    private void apply(Objective objective, Set<CheckId> checks, Set<CheckId> yes) {
        var stored = new EnumMap<CheckId, ObjectiveConfirmation>(CheckId.class);
        confirmations.findByObjectiveIdIn(List.of(objective.getId())).forEach(c -> stored.put(c.getCheck(), c));
        var input = yes.isEmpty() ? null : input(objective);
        var user = currentUser.require();
        for (var check : checks) {
            var existing = stored.get(check);
            if (!yes.contains(check)) {
                if (existing != null) {
                    confirmations.delete(existing);
                }
                continue;
            }
            var fingerprint = Coach.fingerprint(check, input);
            if (existing != null && existing.getFingerprint().equals(fingerprint)) {
                continue;
            }
            var confirmation = existing != null ? existing : new ObjectiveConfirmation(objective, check);
            confirmation.confirm(fingerprint, user.id(), user.displayName(), clock.instant());
            confirmations.save(confirmation);
        }
    }

    private CoachInput input(Objective objective) {
        var facts = keyResults.findByObjectiveIdInAndArchivedFalseOrderById(List.of(objective.getId())).stream()
                .map(kr -> new CoachInput.KeyResultFacts(kr.getTitle(), kr.getCategory().name(),
                        kr.getMeasure().name(), KeyResultLines.plain(kr.getStartValue()),
                        KeyResultLines.plain(kr.getTargetValue())))
                .toList();
        return ObjectiveCoach.input(objective.getTitle(), customers.get(new CustomerId(objective.getCustomerId())),
                objective.getQuarter(), LocalDate.now(clock), facts, Set.of());
    }
}
