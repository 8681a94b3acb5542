package no.ambisjon.meeting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.ShortcutsKt.fireShortcut;
import static no.ambisjon.demo.DemoData.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.util.ArrayList;
import java.time.Instant;
import no.ambisjon.KaribuTest;
import no.ambisjon.base.live.LiveUpdates;
import no.ambisjon.customer.CustomerService;
import no.ambisjon.meeting.MeetingId;
import no.ambisjon.meeting.MeetingService;
import no.ambisjon.shell.NotFoundView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The meeting console, the minutes and the shared screen, as consultants and customers use them. */
class MeetingScreensTest extends KaribuTest {

    @Autowired
    MeetingService meetings;
    @Autowired
    CustomerService customers;
    @Autowired
    LiveUpdates liveUpdates;
    @Autowired
    no.ambisjon.okr.KeyResultService keyResults;

    private MeetingId runningMeeting(String slug) {
        signIn.as(ADMIN);
        var id = meetings.schedule(customers.getBySlug(slug).id(), Instant.parse("2026-11-18T09:00:00Z"), "Alle tre");
        meetings.start(id);
        signIn.out();
        return id;
    }

    private static String text(Component c) {
        return c.getElement().getTextRecursively().replace('\u00a0', ' ');
    }

    private static Class<?> currentView() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst().getClass();
    }

    @Test
    void a_consultant_schedules_starts_runs_and_closes_a_meeting() {
        loginAs(KARI);
        UI.getCurrent().navigate("customers/" + FJELLSPORT + "/meetings");
        _click(_get(Button.class, spec -> spec.withId("schedule-meeting")));
        type(_get(TextField.class, spec -> spec.withId("meeting-attendees")), "Ingrid, Kari, Astrid");
        _click(_get(Button.class, spec -> spec.withId("meeting-save")));
        assertThat(currentView()).isEqualTo(MeetingView.class);
        assertThat(_get(Span.class, spec -> spec.withId("meeting-state")).getText()).isEqualTo("Planlagt");

        _click(_get(Button.class, spec -> spec.withId("start-meeting")));
        assertThat(_get(Span.class, spec -> spec.withId("meeting-state")).getText()).isEqualTo("Pågår");
        var lines = _find(Component.class, spec -> spec.withClasses("agenda-line"));
        assertThat(lines).hasSizeGreaterThanOrEqualTo(5);

        _click(_find(Button.class, spec -> spec.withClasses("focus-button")).getFirst());
        assertThat(_find(Component.class, spec -> spec.withClasses("agenda-focused"))).hasSize(1);

        type(_get(TextField.class, spec -> spec.withId("decision-text")), "Vi tester gratis frakt");
        _click(_get(Button.class, spec -> spec.withId("decision-add")));
        type(_get(TextField.class, spec -> spec.withId("action-text")), "Sette opp testen");
        type(_get(TextField.class, spec -> spec.withId("action-owner")), "Ingrid");
        _click(_get(Button.class, spec -> spec.withId("action-add")));
        var firstNote = _find(TextArea.class, spec -> spec.withClasses("agenda-note")).getFirst();
        type(firstNote, "Snittkurven må opp");
        _click(_find(Button.class, spec -> spec.withText("Lagre notat")).getFirst());

        _click(_get(Button.class, spec -> spec.withId("close-meeting")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(_get(H1.class, spec -> spec.withId("meeting-title")).getText()).startsWith("Referat fra triademøtet");
        assertThat(text(_get(Component.class, spec -> spec.withId("decisions")))).contains("Vi tester gratis frakt");
        assertThat(text(_get(MeetingView.class))).contains("Sette opp testen · Ingrid", "Snittkurven må opp",
                "Ved møteslutt:");
        assertThat(_find(TextField.class)).isEmpty();
        assertThat(_find(TextArea.class)).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("close-meeting"))).isEmpty();
    }

    @Test
    void what_the_consultant_is_typing_survives_a_live_update_from_another_device() throws Exception {
        var id = runningMeeting(FJELLSPORT);
        loginAs(KARI);
        UI.getCurrent().navigate("meetings/" + id.value());
        type(_get(TextField.class, spec -> spec.withId("decision-text")), "Halvskrevet beslutning");
        var line = _find(Component.class, spec -> spec.withClasses("agenda-line")).getFirst();
        var kr = Long.parseLong(line.getElement().getAttribute("data-key-result"));
        var note = _get(TextArea.class, spec -> spec.withId("note-" + kr));
        type(note, "Halvskrevet notat");

        var device = new Thread(() -> {
            signIn.as(FJELLSPORT_EDITOR);
            keyResults.checkIn(new no.ambisjon.okr.KeyResultId(kr),
                    no.ambisjon.okr.OkrFixtures.checkIn("1234567", no.ambisjon.okr.Confidence.ON_TRACK));
            signIn.out();
        });
        device.start();
        device.join();
        var deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        while (!text(_get(MeetingView.class)).contains("1 234 567") && System.nanoTime() < deadline) {
            Thread.sleep(20);
            MockVaadin.runUIQueue();
        }

        assertThat(text(_get(MeetingView.class))).as("refreshed").contains("1 234 567");
        assertThat(_get(TextField.class, spec -> spec.withId("decision-text")).getValue()).isEqualTo("Halvskrevet beslutning");
        assertThat(_get(TextArea.class, spec -> spec.withId("note-" + kr)).getValue()).isEqualTo("Halvskrevet notat");
    }

    @Test
    void a_customer_login_reads_the_meeting_but_has_nothing_to_run_it_with() {
        var id = runningMeeting(FJELLSPORT);
        loginAs(FJELLSPORT_EDITOR);
        UI.getCurrent().navigate("meetings/" + id.value());
        assertThat(_find(Component.class, spec -> spec.withClasses("agenda-line"))).isNotEmpty();
        assertThat(_find(Button.class, spec -> spec.withClasses("focus-button"))).isEmpty();
        assertThat(_find(TextArea.class)).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("close-meeting"))).isEmpty();
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("present")).getText())
                .isEqualTo("Følg på storskjerm");
    }

    @Test
    void another_customers_meeting_is_not_found_by_address() {
        var id = runningMeeting(FJELLSPORT);
        loginAs(BOLGEN_EDITOR);
        UI.getCurrent().navigate("meetings/" + id.value());
        assertThat(currentView()).isEqualTo(NotFoundView.class);
        UI.getCurrent().navigate("meetings/" + id.value() + "/present");
        assertThat(currentView()).isEqualTo(NotFoundView.class);
        UI.getCurrent().navigate("customers/" + FJELLSPORT + "/meetings");
        assertThat(currentView()).isEqualTo(NotFoundView.class);
    }

    @Test
    void the_presenter_moves_through_the_agenda_with_the_keyboard() {
        var id = runningMeeting(BOLGEN);
        loginAs(KARI);
        UI.getCurrent().navigate("meetings/" + id.value() + "/present");
        assertThat(_find(H1.class, spec -> spec.withId("focused-key-result"))).isEmpty();
        var agenda = _find(Component.class, spec -> spec.withClasses("presentation-row"));
        assertThat(agenda).isNotEmpty();

        fireShortcut(Key.ARROW_RIGHT);
        var first = _get(H1.class, spec -> spec.withId("focused-key-result")).getText();
        fireShortcut(Key.ARROW_RIGHT);
        var second = _get(H1.class, spec -> spec.withId("focused-key-result")).getText();
        assertThat(second).isNotEqualTo(first);
        fireShortcut(Key.ARROW_LEFT);
        assertThat(_get(H1.class, spec -> spec.withId("focused-key-result")).getText()).isEqualTo(first);
        fireShortcut(Key.ESCAPE);
        assertThat(_find(H1.class, spec -> spec.withId("focused-key-result"))).isEmpty();

        assertThat(_find(Component.class, spec -> spec.withId("shortcut-help"))).as("hidden").isEmpty();
        fireShortcut(Key.of("?"), KeyModifier.SHIFT);
        assertThat(text(_get(Component.class, spec -> spec.withId("shortcut-help")))).contains("Esc: tilbake til alle");
    }

    @Test
    void a_check_in_sends_only_its_own_row_to_the_shared_screen() throws Exception {
        var id = runningMeeting(OKOGARD);
        loginAs(OKOGARD_VIEWER);
        UI.getCurrent().navigate("meetings/" + id.value() + "/present");
        var rows = _find(Component.class, spec -> spec.withClasses("presentation-row"));
        var first = rows.getFirst();
        var other = rows.get(1);
        var kr = Long.parseLong(first.getElement().getAttribute("data-key-result"));
        UI.getCurrent().getInternals().getStateTree().collectChanges(change -> { }); // as sent to the browser

        var device = new Thread(() -> {
            signIn.as(OLA);
            keyResults.checkIn(new no.ambisjon.okr.KeyResultId(kr),
                    no.ambisjon.okr.OkrFixtures.checkIn("424242", no.ambisjon.okr.Confidence.AT_RISK));
            signIn.out();
        });
        device.start();
        device.join();

        var deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        while (!text(_get(PresentationView.class)).contains("424 242") && System.nanoTime() < deadline) {
            Thread.sleep(20);
            MockVaadin.runUIQueue();
        }
        assertThat(text(first)).contains("424 242");
        assertThat(_find(Component.class, spec -> spec.withClasses("presentation-row")))
                .as("the rows are updated, not rebuilt").startsWith(first, other);
        var changed = new ArrayList<Element>();
        UI.getCurrent().getInternals().getStateTree().collectChanges(change -> changed.add(Element.get(change.getNode())));
        assertThat(changed).as("what goes to the browser").isNotEmpty()
                .noneMatch(element -> isInside(element, other.getElement()))
                .anyMatch(element -> isInside(element, first.getElement()));
    }

    private static boolean isInside(Element element, Element ancestor) {
        for (var e = element; e != null; e = e.getParent()) {
            if (e.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void the_customers_screen_follows_the_presenter_live_and_its_keys_steer_nothing() throws Exception {
        var id = runningMeeting(FJELLSPORT);
        var before = liveUpdates.subscriberCount();
        loginAs(FJELLSPORT_VIEWER);
        UI.getCurrent().navigate("meetings/" + id.value() + "/present");
        assertThat(liveUpdates.subscriberCount()).isEqualTo(before + 1);
        fireShortcut(Key.ARROW_RIGHT);
        assertThat(_find(H1.class, spec -> spec.withId("focused-key-result"))).isEmpty();

        var presenter = new Thread(() -> {
            signIn.as(KARI);
            var agenda = meetings.meeting(id).agenda();
            meetings.focus(id, agenda.get(1).keyResult().id().value());
            signIn.out();
        });
        presenter.start();
        presenter.join();

        var deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        while (_find(H1.class, spec -> spec.withId("focused-key-result")).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
            MockVaadin.runUIQueue();
        }
        assertThat(_find(H1.class, spec -> spec.withId("focused-key-result"))).as("within a second").hasSize(1);
        closeBrowser();
        assertThat(liveUpdates.subscriberCount()).isEqualTo(before);
    }
}
