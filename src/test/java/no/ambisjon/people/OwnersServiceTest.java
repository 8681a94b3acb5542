package no.ambisjon.people;

import static no.ambisjon.demo.DemoData.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import no.ambisjon.IntegrationTest;
import no.ambisjon.SignIn;
import no.ambisjon.TestCustomers;
import no.ambisjon.TestCustomers.TestCustomer;
import no.ambisjon.meeting.MeetingId;
import no.ambisjon.meeting.MeetingLifecycleService;
import no.ambisjon.meeting.MeetingMinutesService;
import no.ambisjon.meeting.MeetingQueryService;
import no.ambisjon.okr.KeyResultService;
import no.ambisjon.okr.ObjectiveService;
import no.ambisjon.okr.OkrFixtures;
import no.ambisjon.okr.OkrQueryService;
import no.ambisjon.security.Owner;
import no.ambisjon.security.UserAdminService;
import no.ambisjon.security.UserChange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The services take as owner only a person who may see the customer, whatever the screen sent. */
@IntegrationTest
class OwnersServiceTest {

    @Autowired
    TestCustomers testCustomers;
    @Autowired
    OkrFixtures fixtures;
    @Autowired
    OkrQueryService queries;
    @Autowired
    KeyResultService keyResults;
    @Autowired
    ObjectiveService objectives;
    @Autowired
    MeetingLifecycleService lifecycle;
    @Autowired
    MeetingMinutesService minutes;
    @Autowired
    MeetingQueryService meetings;
    @Autowired
    UserAdminService userAdmin;
    @Autowired
    SignIn signIn;

    private TestCustomer customer;
    private TestCustomer other;

    @BeforeEach
    void twoCustomers() {
        customer = testCustomers.create();
        other = testCustomers.create();
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private Owner person(String username, String name) {
        return new Owner(testCustomers.idOf(username), name, true);
    }

    @Test
    void another_customers_user_is_refused_as_owner_of_a_key_result_or_an_objective_and_nothing_changes() {
        var made = fixtures.objective(customer, 1, 0);
        signIn.as(customer.editor());
        var kr = queries.keyResult(made.keyResult()).keyResult();
        var form = kr.toForm();
        form.setOwner(person(other.editor(), "Hvem som helst"));

        assertThatThrownBy(() -> keyResults.update(kr.id(), kr.version(), form)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> keyResults.add(made.objective(), form)).isInstanceOf(IllegalArgumentException.class);
        var objective = queries.objective(made.objective()).objective();
        var objectiveForm = objective.toForm();
        objectiveForm.setOwner(person(other.consultant(), other.consultantName()));
        assertThatThrownBy(() -> objectives.update(made.objective(), objective.version(), objectiveForm))
                .isInstanceOf(IllegalArgumentException.class);
        var typed = kr.toForm();
        typed.setOwner(Owner.guest("Kari"));
        assertThatThrownBy(() -> keyResults.update(kr.id(), kr.version(), typed))
                .as("a name typed is no person").isInstanceOf(IllegalArgumentException.class);

        assertThat(queries.keyResult(made.keyResult()).keyResult().owner()).isNull();
        assertThat(queries.objective(made.objective()).objective().owner()).isNull();

        form.setOwner(person(customer.consultant(), "Navnet skjermen sendte"));
        keyResults.update(kr.id(), kr.version(), form);
        assertThat(queries.keyResult(made.keyResult()).keyResult().owner())
                .as("named as the person is called, not as the screen said")
                .isEqualTo(new Owner(testCustomers.idOf(customer.consultant()), customer.consultantName(), true));
    }

    @Test
    void another_customers_user_is_refused_as_the_one_to_do_an_action_item_and_a_guest_is_a_name() {
        signIn.as(customer.consultant());
        var meeting = lifecycle.schedule(customer.id(), Instant.parse("2026-11-18T09:00:00Z"), List.of(), "Alle");
        lifecycle.start(meeting);

        assertThatThrownBy(() -> minutes.addAction(meeting, "Ringe", testCustomers.idOf(other.editor()), null, null))
                .isInstanceOf(IllegalArgumentException.class);
        minutes.addAction(meeting, "Ringe", testCustomers.idOf(customer.viewer()), null, null);
        minutes.addAction(meeting, "Skrive", null, "Gjest Utenfra", null);

        assertThat(actions(meeting)).extracting(a -> a.owner()).containsExactly(
                new Owner(testCustomers.idOf(customer.viewer()), customer.viewerName(), true), Owner.guest("Gjest Utenfra"));
    }

    @Test
    void a_deactivated_owner_stays_shown_by_name_as_no_longer_active_is_not_offered_and_survives_an_edit() {
        var made = fixtures.objective(customer, 1, 0);
        signIn.as(customer.editor());
        var kr = queries.keyResult(made.keyResult()).keyResult();
        var form = kr.toForm();
        form.setOwner(person(customer.viewer(), customer.viewerName()));
        keyResults.update(kr.id(), kr.version(), form);
        var meeting = runningMeeting();
        signIn.as(customer.consultant());
        minutes.addAction(meeting, "Ringe", testCustomers.idOf(customer.viewer()), null, null);
        lifecycle.close(meeting);

        signIn.as(ADMIN);
        var viewer = userAdmin.users().stream().filter(u -> u.username().equals(customer.viewer())).findFirst().orElseThrow();
        userAdmin.update(viewer.id(), viewer.version(), UserChange.of(viewer, viewer.role(), false));

        signIn.as(customer.editor());
        var now = queries.keyResult(made.keyResult()).keyResult();
        assertThat(now.owner()).isEqualTo(new Owner(viewer.id(), customer.viewerName(), false));
        var edited = now.toForm();
        edited.setTitle("Nytt navn");
        keyResults.update(now.id(), now.version(), edited);
        assertThat(queries.keyResult(made.keyResult()).keyResult().owner().personId()).isEqualTo(viewer.id());
        assertThat(actions(meeting)).singleElement().satisfies(action -> {
            assertThat(action.owner().name()).isEqualTo(customer.viewerName());
            assertThat(action.owner().active()).isFalse();
        });
        var another = made.keyResult();
        var fresh = queries.keyResult(another).keyResult().toForm();
        fresh.setTitle("Et nytt nøkkelresultat");
        fresh.setOwner(new Owner(viewer.id(), customer.viewerName(), false));
        assertThatThrownBy(() -> keyResults.add(made.objective(), fresh))
                .as("a deactivated person is not chosen anew").isInstanceOf(IllegalArgumentException.class);
    }

    private MeetingId runningMeeting() {
        signIn.as(customer.consultant());
        var meeting = lifecycle.schedule(customer.id(), Instant.parse("2026-11-18T09:00:00Z"), List.of(), "Alle");
        lifecycle.start(meeting);
        return meeting;
    }

    private List<no.ambisjon.meeting.ActionEntry> actions(MeetingId meeting) {
        signIn.as(customer.consultant());
        return meetings.meeting(meeting).actions();
    }
}
