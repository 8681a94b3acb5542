package no.ambisjon.okr;

import static no.ambisjon.demo.DemoData.ADMIN;
import static no.ambisjon.okr.OkrFixtures.checkIn;
import static no.ambisjon.okr.OkrFixtures.keyResult;
import static no.ambisjon.okr.OkrFixtures.objectiveForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Map;
import no.ambisjon.IntegrationTest;
import no.ambisjon.SignIn;
import no.ambisjon.TestCustomers;
import no.ambisjon.TestCustomers.TestCustomer;
import no.ambisjon.base.NotFoundException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Every OKR service method that takes an id, called by users who must not reach it: another
 * customer's people and an unassigned consultant get "not found"; a viewer may read and comment
 * but is denied every change.
 */
@IntegrationTest
class OkrAccessTest {

    @Autowired
    OkrQueryService queries;
    @Autowired
    ObjectiveService objectives;
    @Autowired
    KeyResultService keyResults;
    @Autowired
    CommentService comments;
    @Autowired
    OkrFixtures fixtures;
    @Autowired
    SignIn signIn;
    @Autowired
    TestCustomers testCustomers;

    private TestCustomer customer;
    private TestCustomer other;
    private OkrFixtures.Made made;

    @BeforeEach
    void twoCustomersOneObjective() {
        customer = testCustomers.create();
        other = testCustomers.create();
        made = fixtures.objective(customer, 1, 1);
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    /** Every call that reads or changes one of the customer's objectives or key results, by name. */
    private Map<String, ThrowingCallable> everyCall() {
        var objective = made.objective();
        var kr = made.keyResult();
        return Map.ofEntries(
                Map.entry("plan", () -> queries.plan(made.customer(), made.quarter())),
                Map.entry("quarters", () -> queries.quarters(made.customer())),
                Map.entry("permissions", () -> queries.permissions(made.customer())),
                Map.entry("objective detail", () -> queries.objective(objective)),
                Map.entry("key result detail", () -> queries.keyResult(kr)),
                Map.entry("create objective", () -> objectives.create(made.customer(), made.quarter(),
                        objectiveForm("Inntrenger"))),
                Map.entry("update objective", () -> objectives.update(objective, 0, objectiveForm("Inntrenger"))),
                Map.entry("archive objective", () -> objectives.archive(objective, 0)),
                Map.entry("copy objective", () -> objectives.copyToNextQuarter(List.of(objective))),
                Map.entry("add key result", () -> keyResults.add(objective, keyResult("Inntrenger", "0", "1"))),
                Map.entry("update key result", () -> keyResults.update(kr, 0, keyResult("Inntrenger", "0", "1"))),
                Map.entry("archive key result", () -> keyResults.archive(kr, 0)),
                Map.entry("check in", () -> keyResults.checkIn(kr, checkIn("999", Confidence.OFF_TRACK))),
                Map.entry("comment on key result", () -> comments.onKeyResult(kr, "Inntrenger")),
                Map.entry("comment on objective", () -> comments.onObjective(objective, "Inntrenger")));
    }

    private static final List<String> CHANGES = List.of("create objective", "update objective", "archive objective",
            "copy objective", "add key result", "update key result", "archive key result", "check in");

    @Test
    void nobody_outside_the_customer_reaches_its_okrs_by_any_id() {
        for (var outsider : List.of(other.editor(), other.consultant(), testCustomers.consultant())) {
            signIn.as(outsider);
            everyCall().forEach((name, call) -> assertThatThrownBy(call).as(outsider + ": " + name)
                    .isInstanceOf(NotFoundException.class));
        }
        nothingChanged();
    }

    @Test
    void another_customers_viewer_is_denied_changes_and_finds_nothing_to_read() {
        signIn.as(other.viewer());
        everyCall().forEach((name, call) -> assertThatThrownBy(call).as(name)
                .isInstanceOf(CHANGES.contains(name) ? AccessDeniedException.class : NotFoundException.class));
        nothingChanged();
    }

    private void nothingChanged() {
        signIn.as(ADMIN);
        var plan = queries.plan(made.customer(), made.quarter());
        assertThat(plan.objectives()).singleElement().satisfies(o -> {
            assertThat(o.title()).isEqualTo(made.title());
            assertThat(o.keyResults()).singleElement().satisfies(kr -> {
                assertThat(kr.current()).isEqualByComparingTo("101");
                assertThat(kr.title()).isEqualTo("Nøkkelresultat 1");
            });
        });
        assertThat(queries.objective(made.objective()).comments()).isEmpty();
    }

    @Test
    void an_unknown_id_and_another_customers_id_get_the_same_answer() {
        signIn.as(other.editor());
        var foreign = catchThrowable(() -> queries.keyResult(made.keyResult()));
        var unknown = catchThrowable(() -> queries.keyResult(new KeyResultId(987_654_321)));
        assertThat(foreign).isInstanceOf(NotFoundException.class);
        assertThat(unknown).isInstanceOf(NotFoundException.class).hasMessage(foreign.getMessage());
        var foreignObjective = catchThrowable(
                () -> queries.objective(made.objective()));
        assertThat(foreignObjective).isInstanceOf(NotFoundException.class).hasMessage(foreign.getMessage());
    }

    @Test
    void a_viewer_reads_and_comments_but_every_change_is_denied() {
        signIn.as(customer.viewer());
        assertThat(queries.plan(made.customer(), made.quarter()).objectives()).hasSize(1);
        assertThat(queries.permissions(made.customer())).isEqualTo(new OkrPermissions(false, true));
        comments.onKeyResult(made.keyResult(), "Ser bra ut!");
        assertThat(queries.keyResult(made.keyResult()).comments()).extracting(CommentEntry::text, CommentEntry::author)
                .containsExactly(tuple("Ser bra ut!", customer.viewerName()));

        everyCall().entrySet().stream()
                .filter(e -> CHANGES.contains(e.getKey()))
                .forEach(e -> assertThatThrownBy(e.getValue()).as(e.getKey()).isInstanceOf(AccessDeniedException.class));

        signIn.as(ADMIN);
        var kr = queries.keyResult(made.keyResult());
        assertThat(kr.history()).hasSize(1);
        assertThat(kr.keyResult().title()).isEqualTo("Nøkkelresultat 1");
    }

    @Test
    void the_customers_editor_and_its_consultant_change_its_okrs() {
        signIn.as(customer.editor());
        keyResults.checkIn(made.keyResult(), checkIn("150", Confidence.AT_RISK));
        signIn.as(customer.consultant());
        var kr = queries.keyResult(made.keyResult()).keyResult();
        assertThat(kr.current()).isEqualByComparingTo("150");
        assertThat(kr.confidence()).isEqualTo(Confidence.AT_RISK);
        assertThat(kr.latest().author()).isEqualTo(customer.editorName());
        objectives.update(made.objective(), queries.objective(made.objective()).objective().version(),
                objectiveForm("Endret av konsulenten"));
        assertThat(queries.objective(made.objective()).objective().title()).isEqualTo("Endret av konsulenten");
    }

    @Test
    void a_customer_login_sees_no_other_customers_okrs_in_its_own_plan() {
        var bolgen = fixtures.objective(other, 1, 0);
        signIn.as(customer.editor());
        assertThatThrownBy(() -> queries.plan(bolgen.customer(), bolgen.quarter())).isInstanceOf(NotFoundException.class);
        assertThat(queries.plan(made.customer(), bolgen.quarter()).objectives()).extracting(ObjectiveCard::title)
                .containsExactly(made.title());
        assertThat(queries.plans(bolgen.quarter())).extracting(plan -> plan.customer().id())
                .containsExactly(made.customer());
    }
}
