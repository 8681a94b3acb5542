package no.ambisjon.okr;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.ArrayList;
import no.ambisjon.base.ClosedForChangesException;
import no.ambisjon.base.ConcurrentEditException;
import no.ambisjon.base.Texts;
import no.ambisjon.base.change.ChangeKind;
import no.ambisjon.base.change.Changes;
import no.ambisjon.okr.Evaluation.Input;
import no.ambisjon.okr.Evaluation.KeyResultGrade;
import no.ambisjon.okr.domain.GradeLine;
import no.ambisjon.okr.domain.ObjectiveEvaluation;
import no.ambisjon.okr.domain.ObjectiveEvaluationRepository;
import no.ambisjon.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The end of a quarter: an editor grades each key result of an objective from 0.0 to 1.0 (its
 * progress suggests the grade; another grade needs a reason), and writes what worked and what
 * changes next quarter. The objective's grade is the mean. Closing the evaluation freezes it.
 * Everyone who sees the objective reads it; it opens in the quarter's last two weeks.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('ADMIN', 'CONSULTANT', 'CUSTOMER_EDITOR')")
public class EvaluationService {

    private final OkrQueryService queries;
    private final OkrLoader loader;
    private final ObjectiveEvaluationRepository evaluations;
    private final CurrentUser currentUser;
    private final Changes changes;
    private final Clock clock;

    EvaluationService(OkrQueryService queries, OkrLoader loader, ObjectiveEvaluationRepository evaluations,
                      CurrentUser currentUser, Changes changes, Clock clock) {
        this.queries = queries;
        this.loader = loader;
        this.evaluations = evaluations;
        this.currentUser = currentUser;
        this.changes = changes;
        this.clock = clock;
    }

    /** The objective's evaluation, or a proposal from its key results' progress when there is none yet. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Evaluation evaluation(ObjectiveId id) {
        var card = queries.objective(id).objective();
        var stored = evaluations.findByObjectiveId(id.value()).orElse(null);
        var open = Grades.open(card.quarter(), LocalDate.now(clock)) && (stored == null || !stored.isClosed());
        if (stored == null) {
            var grades = card.keyResults().stream().map(kr -> new KeyResultGrade(kr.id(), kr.title(), kr.progress(),
                    Grades.suggested(kr.progress()), Grades.suggested(kr.progress()), null)).toList();
            return new Evaluation(id, -1, open, grades, Grades.mean(grades.stream().map(KeyResultGrade::grade).toList()),
                    null, null, null, null);
        }
        var lines = new HashMap<Long, KeyResultLine>();
        card.keyResults().forEach(kr -> lines.put(kr.id().value(), kr));
        var grades = stored.getGrades().stream().filter(g -> lines.containsKey(g.keyResultId())).map(g -> {
            var kr = lines.get(g.keyResultId());
            return new KeyResultGrade(kr.id(), kr.title(), kr.progress(), g.suggested(), g.grade(), g.reason());
        }).toList();
        return new Evaluation(id, stored.getVersion(), open, grades, stored.getGrade(), stored.getWorked(),
                stored.getChangeNext(), stored.getClosedAt(), stored.getClosedBy());
    }

    /** The key results' grades in the objective's closed evaluation; none before it closes. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<KeyResultId, BigDecimal> closedGrades(ObjectiveId id) {
        loader.objective(id);
        var grades = new HashMap<KeyResultId, BigDecimal>();
        evaluations.findByObjectiveId(id.value()).filter(ObjectiveEvaluation::isClosed)
                .ifPresent(e -> e.getGrades().forEach(g -> grades.put(new KeyResultId(g.keyResultId()), g.grade())));
        return grades;
    }

    /** Saves the evaluation as a draft. */
    public void save(ObjectiveId id, long version, Input input) {
        write(id, version, input, ChangeKind.OBJECTIVE_EVALUATED);
    }

    /** Saves and closes the evaluation: from then on it cannot change. */
    public void close(ObjectiveId id, long version, Input input) {
        var evaluation = write(id, version, input, ChangeKind.EVALUATION_CLOSED);
        evaluation.close(clock.instant(), currentUser.require().displayName());
    }

    private ObjectiveEvaluation write(ObjectiveId id, long version, Input input, ChangeKind kind) {
        var objective = loader.objective(id);
        var card = queries.objective(id).objective();
        if (!Grades.open(card.quarter(), LocalDate.now(clock))) {
            throw new IllegalStateException("The quarter is evaluated in its last two weeks and after");
        }
        var evaluation = evaluations.findByObjectiveId(id.value()).orElse(null);
        if (evaluation == null) {
            if (version >= 0) {
                throw new ConcurrentEditException();
            }
            evaluation = new ObjectiveEvaluation(objective);
        } else {
            evaluation.requireVersion(version);
            if (evaluation.isClosed()) {
                throw new ClosedForChangesException("The evaluation is closed");
            }
        }
        var lines = new ArrayList<GradeLine>();
        for (var kr : card.keyResults()) {
            var given = input.grades().get(kr.id());
            var suggested = Grades.suggested(kr.progress());
            if (given == null || !Grades.valid(given.grade())) {
                throw new IllegalArgumentException("A grade from 0.0 to 1.0 for every key result");
            }
            var reason = Texts.blankToNull(given.reason());
            if (given.grade().compareTo(suggested) != 0 && reason == null) {
                throw new IllegalArgumentException("A grade other than the suggested one needs a reason");
            }
            lines.add(new GradeLine(kr.id().value(), suggested, given.grade().setScale(1), reason));
        }
        evaluation.write(lines, Grades.mean(lines.stream().map(GradeLine::grade).toList()),
                Texts.blankToNull(input.worked()), Texts.blankToNull(input.changeNext()));
        evaluation = evaluations.save(evaluation);
        changes.record(new OkrChange(kind, objective.getCustomerId(), objective.getTitle()));
        return evaluation;
    }
}
