package no.ambisjon.okr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.ambisjon.IntegrationTest;
import no.ambisjon.SignIn;
import no.ambisjon.TestCustomers;
import no.ambisjon.TestCustomers.TestCustomer;
import no.ambisjon.base.ClosedForChangesException;
import no.ambisjon.base.ConcurrentEditException;
import no.ambisjon.base.NotFoundException;
import no.ambisjon.okr.Evaluation.Given;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The end of a quarter: grades suggested from progress, adjusted with a reason, frozen once closed. */
@IntegrationTest
class EvaluationServiceTest {

    @Autowired
    EvaluationService evaluations;
    @Autowired
    OkrQueryService queries;
    @Autowired
    no.ambisjon.okr.export.OkrExportService exports;
    @Autowired
    TestCustomers testCustomers;
    @Autowired
    OkrFixtures okr;
    @Autowired
    SignIn signIn;

    private TestCustomer customer;
    private OkrFixtures.Made past;

    @BeforeEach
    void aPastQuarter() {
        customer = testCustomers.create();
        past = okr.pastObjective(customer, "164", "200");
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private static Evaluation.Input grades(Map<KeyResultId, Given> grades) {
        return new Evaluation.Input(grades, "Kampanjen virket", "Vi starter tidligere");
    }

    private Map<KeyResultId, Given> suggested(String... reasons) {
        var given = new LinkedHashMap<KeyResultId, Given>();
        var proposal = evaluations.evaluation(past.objective());
        for (int i = 0; i < proposal.grades().size(); i++) {
            var g = proposal.grades().get(i);
            given.put(g.keyResult(), new Given(g.suggested(), i < reasons.length ? reasons[i] : null));
        }
        return given;
    }

    @Test
    void each_key_result_gets_the_grade_its_progress_suggests_and_the_objective_their_mean() {
        signIn.as(customer.editor());
        var proposal = evaluations.evaluation(past.objective());

        assertThat(proposal.open()).isTrue();
        assertThat(proposal.version()).isEqualTo(-1);
        assertThat(proposal.grades()).extracting(Evaluation.KeyResultGrade::suggested)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("0.6"), BigDecimal.ONE);
        assertThat(proposal.grade()).isEqualByComparingTo("0.8");
    }

    @Test
    void another_grade_than_the_suggested_one_needs_a_reason() {
        signIn.as(customer.editor());
        var given = suggested();
        var first = given.keySet().iterator().next();
        given.put(first, new Given(new BigDecimal("0.8"), " "));
        assertThatThrownBy(() -> evaluations.save(past.objective(), -1, grades(given)))
                .isInstanceOf(IllegalArgumentException.class);
        given.put(first, new Given(new BigDecimal("0.85"), "Bedre enn tallene viser"));
        assertThatThrownBy(() -> evaluations.save(past.objective(), -1, grades(given)))
                .isInstanceOf(IllegalArgumentException.class);

        given.put(first, new Given(new BigDecimal("0.8"), "Salget kom etter kvartalsslutt"));
        evaluations.save(past.objective(), -1, grades(given));

        var saved = evaluations.evaluation(past.objective());
        assertThat(saved.grades().getFirst().grade()).isEqualByComparingTo("0.8");
        assertThat(saved.grades().getFirst().reason()).isEqualTo("Salget kom etter kvartalsslutt");
        assertThat(saved.grade()).isEqualByComparingTo("0.9");
        assertThat(saved.worked()).isEqualTo("Kampanjen virket");
        assertThat(saved.closed()).isFalse();
    }

    @Test
    void a_closed_evaluation_is_frozen_and_shows_on_the_past_quarter_and_the_customers_grade() {
        signIn.as(customer.editor());
        evaluations.close(past.objective(), -1, grades(suggested()));
        var closed = evaluations.evaluation(past.objective());
        assertThat(closed.closed()).isTrue();
        assertThat(closed.closedBy()).isEqualTo(customer.editorName());
        assertThat(closed.open()).isFalse();

        assertThatThrownBy(() -> evaluations.save(past.objective(), closed.version(), grades(suggested())))
                .isInstanceOf(ClosedForChangesException.class);
        assertThat(queries.plan(customer.id(), past.quarter()).objectives().getFirst().grade()).isEqualByComparingTo("0.8");
        assertThat(queries.quarterGrades(List.of(customer.id()), past.quarter()))
                .containsOnlyKeys(customer.id());
    }

    @Test
    void the_export_has_each_closed_grade_and_an_open_evaluation_has_none_yet() {
        signIn.as(customer.editor());
        evaluations.save(past.objective(), -1, grades(suggested()));
        var draft = new String(exports.csv(customer.id(), past.quarter(), java.util.Locale.of("nb")).content(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(draft.lines().skip(1)).noneMatch(line -> line.endsWith(";0,8;0,6") || line.endsWith(";0,8;1"));

        evaluations.close(past.objective(), evaluations.evaluation(past.objective()).version(), grades(suggested()));
        var closed = new String(exports.csv(customer.id(), past.quarter(), java.util.Locale.of("nb")).content(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(closed.lines().filter(line -> line.contains("Nøkkelresultat 1"))).singleElement()
                .satisfies(line -> assertThat(line).endsWith(";0,8;0,6"));
    }

    @Test
    void two_editors_saving_from_the_same_copy_get_a_conflict_not_a_silent_overwrite() {
        signIn.as(customer.editor());
        evaluations.save(past.objective(), -1, grades(suggested()));
        var copy = evaluations.evaluation(past.objective());
        evaluations.save(past.objective(), copy.version(), grades(suggested()));

        assertThatThrownBy(() -> evaluations.save(past.objective(), copy.version(), grades(suggested())))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> evaluations.save(past.objective(), -1, grades(suggested())))
                .as("a second first draft").isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void the_demo_has_two_customers_previous_quarters_graded_and_one_waiting_for_its_grade() {
        signIn.as(no.ambisjon.demo.DemoData.ADMIN);
        var previous = queries.currentQuarter().previous();
        var demo = queries.plans(previous).stream().filter(plan -> !plan.objectives().isEmpty()
                && !plan.customer().slug().startsWith("testkunde")).toList();

        assertThat(demo).hasSize(3);
        var graded = demo.stream().filter(plan -> !plan.customer().slug().equals(no.ambisjon.demo.DemoData.OKOGARD)).toList();
        assertThat(graded).hasSize(2).allSatisfy(plan -> assertThat(plan.objectives())
                .allSatisfy(objective -> assertThat(objective.grade()).isNotNull()));
        assertThat(queries.quarterGrades(demo.stream().map(plan -> plan.customer().id()).toList(), previous))
                .containsOnlyKeys(graded.stream().map(plan -> plan.customer().id()).toList());

        var waiting = demo.stream().filter(plan -> plan.customer().slug().equals(no.ambisjon.demo.DemoData.OKOGARD))
                .findFirst().orElseThrow().objectives().getFirst();
        assertThat(waiting.grade()).isNull();
        signIn.as(no.ambisjon.demo.DemoData.OKOGARD_EDITOR);
        assertThat(evaluations.evaluation(waiting.id()).open()).as("Ås Økogård's editor can grade it").isTrue();
    }

    @Test
    void viewers_read_it_nobody_outside_the_customer_sees_it_and_the_current_quarter_is_not_open_yet() {
        signIn.as(customer.editor());
        var given = suggested();
        signIn.as(customer.viewer());
        assertThat(evaluations.evaluation(past.objective()).grades()).hasSize(2);
        assertThatThrownBy(() -> evaluations.save(past.objective(), -1, grades(given)))
                .isInstanceOf(AccessDeniedException.class);

        var other = testCustomers.create();
        signIn.as(other.editor());
        assertThatThrownBy(() -> evaluations.evaluation(past.objective())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> evaluations.save(past.objective(), -1, grades(given)))
                .isInstanceOf(NotFoundException.class);

        var now = okr.objective(customer, 1, 1);
        signIn.as(customer.editor());
        assertThat(evaluations.evaluation(now.objective()).open()).isFalse();
    }
}
