package no.ambisjon.live;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static no.ambisjon.okr.OkrFixtures.checkIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import no.ambisjon.KaribuTest;
import no.ambisjon.TestCustomers;
import no.ambisjon.TestCustomers.TestCustomer;
import no.ambisjon.meeting.MeetingLifecycleService;
import no.ambisjon.meeting.ui.MeetingView;
import no.ambisjon.okr.Confidence;
import no.ambisjon.okr.KeyResultId;
import no.ambisjon.okr.KeyResultService;
import no.ambisjon.okr.OkrFixtures;
import no.ambisjon.okr.ui.KeyResultView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Ten check-ins from another device arrive while a comment, a decision and a note are half
 * written: the page shows every new value, and the fields being typed in are the very same
 * components with the same text, never rebuilt.
 */
class TypingSurvivesLiveUpdatesTest extends KaribuTest {

    private static final int CHECK_INS = 10;

    @Autowired
    TestCustomers testCustomers;
    @Autowired
    OkrFixtures okr;
    @Autowired
    KeyResultService keyResults;
    @Autowired
    MeetingLifecycleService lifecycle;

    private TestCustomer customer;
    private OkrFixtures.Made objective;

    @BeforeEach
    void aCustomerWithTwoKeyResults() {
        customer = testCustomers.create();
        objective = okr.objective(customer, 2, 0);
    }

    /** The editor checks in ten times from her own device, each a value of its own: 111, 112, … 120. */
    private void tenCheckInsFromTheEditor(KeyResultId kr) {
        signIn.onAnotherDevice(customer.editor(), () -> {
            for (int i = 1; i <= CHECK_INS; i++) {
                keyResults.checkIn(kr, checkIn(String.valueOf(110 + i), Confidence.ON_TRACK));
            }
        });
    }

    @Test
    void a_half_written_comment_stays_while_ten_check_ins_arrive() {
        loginAs(customer.viewer());
        navigate("key-results/" + objective.keyResult().value());
        var comment = _get(TextArea.class, spec -> spec.withId("comment-text"));
        type(comment, "Dette ser lovende ut, men jeg lu");

        tenCheckInsFromTheEditor(objective.keyResult());

        awaitPush("the tenth check-in", () -> text(_get(KeyResultView.class)).contains("120 besøk"));
        assertThat(_get(TextArea.class, spec -> spec.withId("comment-text"))).as("the same field").isSameAs(comment);
        assertThat(comment.getValue()).isEqualTo("Dette ser lovende ut, men jeg lu");
    }

    @Test
    void a_half_written_decision_and_note_stay_while_ten_check_ins_arrive() {
        signIn.as(customer.consultant());
        var meeting = lifecycle.schedule(customer.id(), Instant.parse("2026-11-18T09:00:00Z"), List.of(), null);
        lifecycle.start(meeting);
        loginAs(customer.consultant());
        navigate("meetings/" + meeting.value());
        var decision = _get(TextField.class, spec -> spec.withId("decision-text"));
        type(decision, "Vi bestemmer at");
        var line = _find(Component.class, spec -> spec.withClasses("agenda-line")).getFirst();
        var kr = new KeyResultId(Long.parseLong(line.getElement().getAttribute("data-key-result")));
        var note = _get(TextArea.class, spec -> spec.withId("note-" + kr.value()));
        type(note, "Notatet er halvveis skr");

        tenCheckInsFromTheEditor(kr);

        awaitPush("the tenth check-in", () -> text(line).contains("120 av 200 besøk"));
        assertThat(_get(TextField.class, spec -> spec.withId("decision-text"))).isSameAs(decision);
        assertThat(_get(TextArea.class, spec -> spec.withId("note-" + kr.value()))).isSameAs(note);
        assertThat(_find(Component.class, spec -> spec.withClasses("agenda-line")).getFirst()).isSameAs(line);
        assertThat(decision.getValue()).isEqualTo("Vi bestemmer at");
        assertThat(note.getValue()).isEqualTo("Notatet er halvveis skr");
        assertThat(_get(MeetingView.class)).isNotNull();
    }
}
