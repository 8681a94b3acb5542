package no.ambisjon.okr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import no.ambisjon.FixedClockConfig;
import no.ambisjon.IntegrationTest;
import no.ambisjon.SignIn;
import no.ambisjon.TestCustomers;
import no.ambisjon.TestCustomers.TestCustomer;
import no.ambisjon.coach.CheckId;
import no.ambisjon.coach.Finding;
import no.ambisjon.coach.FindingStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The answers to the coach's questions are stored with who and when, and asked again after a real change. */
@IntegrationTest
class CoachAnswersTest {

    @Autowired
    OkrQueryService queries;
    @Autowired
    ObjectiveService objectives;
    @Autowired
    KeyResultService keyResults;
    @Autowired
    OkrFixtures fixtures;
    @Autowired
    SignIn signIn;
    @Autowired
    TestCustomers testCustomers;

    private TestCustomer customer;

    @BeforeEach
    void aCustomer() {
        customer = testCustomers.create();
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private ObjectiveCard card(ObjectiveId id) {
        return queries.objective(id).objective();
    }

    private static FindingStatus status(ObjectiveCard card, CheckId check) {
        return card.findings().stream().filter(f -> f.check() == check).map(Finding::status).findFirst().orElseThrow();
    }

    @Test
    void a_confirmation_is_stored_with_who_and_when_and_cleared_when_the_title_changes_materially() {
        var made = fixtures.objective(customer, 1, 0);
        signIn.as(customer.editor());
        objectives.confirm(made.objective(), CheckId.O2, true);
        objectives.confirm(made.objective(), CheckId.K4, true);

        var confirmed = card(made.objective());
        assertThat(status(confirmed, CheckId.O2)).isEqualTo(FindingStatus.PASSED);
        assertThat(confirmed.confirmations().get(CheckId.O2))
                .isEqualTo(new Confirmation(customer.editorName(), FixedClockConfig.NOW.toInstant()));

        var form = confirmed.toForm();
        form.setTitle(form.getTitle().toUpperCase() + "!");
        objectives.update(made.objective(), confirmed.version(), form);
        assertThat(status(card(made.objective()), CheckId.O2)).as("same words").isEqualTo(FindingStatus.PASSED);

        var reworded = card(made.objective());
        var form2 = reworded.toForm();
        form2.setTitle(customer.shortName() + " vokser i Trøndelag");
        form2.setConfirmed(EnumSet.noneOf(CheckId.class));
        objectives.update(made.objective(), reworded.version(), form2);
        var after = card(made.objective());
        assertThat(status(after, CheckId.O2)).isEqualTo(FindingStatus.TO_CONFIRM);
        assertThat(after.confirmations()).doesNotContainKey(CheckId.O2);
    }

    @Test
    void a_new_target_asks_k4_again_but_keeps_the_answers_about_the_title() {
        var made = fixtures.objective(customer, 1, 0);
        signIn.as(customer.consultant());
        objectives.confirm(made.objective(), CheckId.O2, true);
        objectives.confirm(made.objective(), CheckId.K4, true);
        var kr = queries.keyResult(made.keyResult()).keyResult();
        keyResults.update(kr.id(), kr.version(), OkrFixtures.keyResult(kr.title(), "100", "400"));

        var card = card(made.objective());
        assertThat(status(card, CheckId.K4)).isEqualTo(FindingStatus.TO_CONFIRM);
        assertThat(status(card, CheckId.O2)).isEqualTo(FindingStatus.PASSED);
    }

    @Test
    void saving_never_depends_on_the_coach_and_viewers_cannot_answer() {
        var made = fixtures.objective(customer, 0, 0);
        signIn.as(customer.editor());
        var draft = OkrFixtures.objectiveForm("uten kundenavn, uten nøkkelresultater, og alt for langt til å huske "
                + "for noen som helst i hele verden");
        var id = objectives.create(made.customer(), made.quarter(), draft);
        assertThat(card(id).score().passed()).isLessThan(5);

        signIn.as(customer.viewer());
        assertThatThrownBy(() -> objectives.confirm(id, CheckId.O2, true)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_score_badge_counts_questions_not_findings() {
        var made = fixtures.objective(customer, 1, 0);
        signIn.as(customer.consultant());
        var card = card(made.objective());
        assertThat(card.score().total()).isEqualTo(11);
        assertThat(card.score().passed()).isBetween(0, 11);
        assertThat(card.findings()).extracting(Finding::check).contains(CheckId.values());
    }
}
