package no.ambisjon.meeting.ui;

import java.time.LocalDate;
import jakarta.validation.ConstraintViolationException;
import tools.jackson.databind.node.JsonNodeFactory;
import com.vaadin.flow.dom.DomEvent;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import no.ambisjon.okr.ui.OwnerPicker;
import no.ambisjon.security.Owner;
import com.vaadin.flow.component.datepicker.DatePicker;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.ShortcutsKt.fireShortcut;
import static no.ambisjon.okr.OkrFixtures.checkIn;
import static no.ambisjon.okr.OkrFixtures.keyResult;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import no.ambisjon.WebLogins;
import no.ambisjon.FixedClockConfig;
import no.ambisjon.KaribuTest;
import no.ambisjon.MovableClock;
import no.ambisjon.TestCustomers.TestCustomer;
import no.ambisjon.TestCustomers;
import no.ambisjon.demo.DemoData;
import no.ambisjon.live.LiveUpdates;
import no.ambisjon.meeting.MeetingAgendaService;
import no.ambisjon.meeting.MeetingId;
import no.ambisjon.meeting.MeetingLifecycleService;
import no.ambisjon.meeting.MeetingMinutesService;
import no.ambisjon.meeting.MeetingQueryService;
import no.ambisjon.okr.Confidence;
import no.ambisjon.okr.KeyResultId;
import no.ambisjon.okr.KeyResultService;
import no.ambisjon.okr.ObjectiveService;
import no.ambisjon.okr.OkrFixtures;
import no.ambisjon.okr.OkrQueryService;
import no.ambisjon.security.Person;
import no.ambisjon.shell.NotFoundView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The meeting console, the minutes and the shared screen, as consultants and customers use them. */
class MeetingScreensTest extends KaribuTest {

    @Autowired
    MeetingQueryService meetings;
    @Autowired
    MeetingLifecycleService lifecycle;
    @Autowired
    MeetingAgendaService agenda;
    @Autowired
    MeetingMinutesService minutes;
    @Autowired
    LiveUpdates liveUpdates;
    @Autowired
    KeyResultService keyResults;
    @Autowired
    ObjectiveService objectives;
    @Autowired
    OkrQueryService okrs;
    @Autowired
    TestCustomers testCustomers;
    @Autowired
    OkrFixtures okr;
    @Autowired
    MovableClock clock;
    @Autowired
    no.ambisjon.meeting.ScreenPairingService screens;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private TestCustomer customer;
    private OkrFixtures.Made objective;

    @BeforeEach
    void aCustomerWithFiveKeyResults() {
        customer = testCustomers.create();
        objective = okr.objective(customer, 5, 1);
    }

    private MeetingId runningMeeting() {
        signIn.as(customer.consultant());
        var id = lifecycle.schedule(customer.id(), Instant.parse("2026-11-18T09:00:00Z"), List.of(), "Alle tre");
        lifecycle.start(id);
        signIn.out();
        return id;
    }

    @Test
    void the_console_and_the_shared_screen_show_what_moved_since_the_last_meeting() {
        var first = runningMeeting();
        signIn.as(customer.consultant());
        lifecycle.close(first);
        try {
            clock.move(java.time.Duration.ofDays(7));
            signIn.as(customer.editor());
            keyResults.checkIn(objective.keyResults().get(0), OkrFixtures.checkIn("140", Confidence.ON_TRACK));
            signIn.out();
            var next = runningMeeting();
            loginAs(customer.consultant());

            navigate("meetings/" + next.value());
            var moved = row("agenda-line", objective.keyResults().get(0));
            assertThat(text(moved)).contains("Siden forrige møte: +39 besøk (+39 prosentpoeng), én innsjekking");
            assertThat(text(row("agenda-line", objective.keyResults().get(1))))
                    .contains("Siden forrige møte: uendret, ingen innsjekkinger");
            assertThat(_get(Paragraph.class, spec -> spec.withId("since-previous")).getText())
                    .startsWith("Endringene måles mot forrige møte").endsWith("Siden da: ingen tiltak utført.")
                    .as("the previous meeting named by the time it was held, as the list of meetings names it")
                    .contains(no.ambisjon.base.ui.TimeText.format(Instant.parse("2026-11-18T09:00:00Z"), java.util.Locale.of("nb")))
                    .contains("10:00");

            navigate("meetings/" + next.value() + "/present");
            assertThat(text(row("presentation-row", objective.keyResults().get(0))))
                    .contains("+39 besøk siden sist", "Prognose ");
            assertThat(text(row("presentation-row", objective.keyResults().get(1)))).contains("Uendret siden sist");
            assertThat(_get(Span.class, spec -> spec.withId("actions-done-since")).getText())
                    .isEqualTo("Siden forrige møte: ingen tiltak utført");
        } finally {
            clock.set(FixedClockConfig.NOW.toInstant());
        }
    }

    @Test
    void a_consultant_pairs_a_tv_by_its_code_in_the_console_and_removes_it() {
        var id = runningMeeting();
        signIn.out();
        var tv = screens.newCode(WebLogins.newAddress()).orElseThrow();
        loginAs(customer.consultant());
        navigate("meetings/" + id.value());
        var code = _get(TextField.class, spec -> spec.withId("screen-code-field"));

        type(code, "AAA-AAA");
        _click(_get(Button.class, spec -> spec.withId("screen-pair")));
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).startsWith("Ingen skjerm venter med den koden");
        assertThat(text(_get(Div.class, spec -> spec.withId("paired-screens")))).isEqualTo("Ingen skjermer er koblet til.");

        type(code, tv.code().toLowerCase());
        _click(_get(Button.class, spec -> spec.withId("screen-pair")));
        assertThat(code.isInvalid()).isFalse();
        assertThat(code.getValue()).isEmpty();
        assertThat(text(_get(Div.class, spec -> spec.withId("paired-screens"))))
                .startsWith("Koblet til av " + customer.consultantName());
        assertThat(screens.binding(tv.token())).isPresent();

        _click(_get(Button.class, spec -> spec.withClasses("screen-remove")));
        assertThat(screens.binding(tv.token())).isEmpty();
        assertThat(text(_get(Div.class, spec -> spec.withId("paired-screens")))).isEqualTo("Ingen skjermer er koblet til.");
    }

    @Test
    void closed_minutes_offer_their_pdf_and_a_running_meeting_does_not() {
        var id = runningMeeting();
        loginAs(customer.viewer());
        navigate("meetings/" + id.value());
        assertThat(_find(Anchor.class, spec -> spec.withId("minutes-pdf"))).isEmpty();

        signIn.as(customer.consultant());
        lifecycle.close(id);
        loginAs(customer.viewer());
        navigate("meetings/" + id.value());
        assertThat(text(_get(Anchor.class, spec -> spec.withId("minutes-pdf")))).contains("Last ned referatet (PDF)");
    }

    private static Component row(String cssClass, no.ambisjon.okr.KeyResultId id) {
        return _find(Component.class, spec -> spec.withClasses(cssClass)).stream()
                .filter(c -> String.valueOf(id.value()).equals(c.getElement().getAttribute("data-key-result")))
                .findFirst().orElseThrow();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_consultant_schedules_starts_runs_and_closes_a_meeting() {
        loginAs(customer.consultant());
        navigate("customers/" + customer.slug() + "/meetings");
        _click(_get(Button.class, spec -> spec.withId("schedule-meeting")));
        MultiSelectComboBox<Person> attendees = _get(MultiSelectComboBox.class, spec -> spec.withId("meeting-attendees"));
        assertThat(attendees.getValue()).as("the consultant and the customer's editor to begin with")
                .extracting(Person::username).containsExactlyInAnyOrder(customer.consultant(), customer.editor());
        assertThat(attendees.getListDataView().getItems().map(Person::username))
                .contains(customer.viewer(), DemoData.ADMIN).doesNotContain(DemoData.FJELLSPORT_EDITOR);
        type(_get(TextField.class, spec -> spec.withId("meeting-guests")), "Gjest Utenfra");
        _click(_get(Button.class, spec -> spec.withId("meeting-save")));
        assertThat(currentView()).isEqualTo(MeetingView.class);
        assertThat(text(_get(MeetingView.class))).contains(customer.consultantName() + ", " + customer.editorName()
                + ", Gjest Utenfra");
        assertThat(_get(Span.class, spec -> spec.withId("meeting-state")).getText()).isEqualTo("Planlagt");

        _click(_get(Button.class, spec -> spec.withId("start-meeting")));
        assertThat(_get(Span.class, spec -> spec.withId("meeting-state")).getText()).isEqualTo("Pågår");
        assertThat(_find(Component.class, spec -> spec.withClasses("agenda-line"))).hasSize(5);

        _click(_find(Button.class, spec -> spec.withClasses("focus-button")).getFirst());
        assertThat(_find(Component.class, spec -> spec.withClasses("agenda-focused"))).hasSize(1);

        type(_get(TextField.class, spec -> spec.withId("decision-text")), "Vi tester gratis frakt");
        _click(_get(Button.class, spec -> spec.withId("decision-add")));
        assertThat(_get(TextField.class, spec -> spec.withId("decision-text")).getValue()).as("emptied once saved").isEmpty();
        type(_get(TextField.class, spec -> spec.withId("action-text")), "Sette opp testen");
        ComboBoxKt._fireCustomValueSet(_get(OwnerPicker.class, spec -> spec.withId("action-owner")), "Ingrid");
        _click(_get(Button.class, spec -> spec.withId("action-add")));
        var firstNote = _find(TextArea.class, spec -> spec.withClasses("agenda-note")).getFirst();
        typeAsTheBrowserSendsIt(firstNote, "Snittkurven må opp");

        _click(_get(Button.class, spec -> spec.withId("close-meeting")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(_get(H1.class, spec -> spec.withId("meeting-title")).getText()).startsWith("Referat fra triademøtet");
        assertThat(text(_get(Component.class, spec -> spec.withId("decisions")))).contains("Vi tester gratis frakt");
        assertThat(text(_get(MeetingView.class))).contains("Sette opp testen · Ingrid · ikke utført", "Snittkurven må opp",
                "Ved møteslutt:");
        assertThat(_find(TextField.class)).isEmpty();
        assertThat(_find(TextArea.class)).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("close-meeting"))).isEmpty();
    }

    @Test
    void a_due_date_that_does_not_exist_or_is_out_of_reach_gets_a_message_and_the_action_waits_with_its_text() {
        var meeting = runningMeeting();
        loginAs(customer.consultant());
        navigate("meetings/" + meeting.value());
        var text = _get(TextField.class, spec -> spec.withId("action-text"));
        var owner = _get(OwnerPicker.class, spec -> spec.withId("action-owner"));
        var due = _get(DatePicker.class, spec -> spec.withId("action-due"));
        type(text, "Sette opp testen");
        ComboBoxKt._fireCustomValueSet(owner, "Ingrid");

        // What the browser reports when the text typed is no date: no value, and the text it could not read.
        due.getElement().setProperty("_inputElementValue", "29.02.2027");
        ElementUtilsKt._fireDomEvent(due.getElement(), new DomEvent(due.getElement(), "unparsable-change",
                JsonNodeFactory.instance.objectNode()));
        _click(_get(Button.class, spec -> spec.withId("action-add")));
        assertThat(due.isInvalid()).isTrue();
        assertThat(due.getErrorMessage()).isEqualTo("Skriv en dato som finnes, for eksempel 31.12.2026");

        due.getElement().setProperty("_inputElementValue", "");
        type(due, LocalDate.of(1, 1, 1));
        _click(_get(Button.class, spec -> spec.withId("action-add")));
        assertThat(due.isInvalid()).isTrue();
        assertThat(due.getErrorMessage()).isEqualTo("Tidligst 01.01.2025");
        assertThat(text.getValue()).isEqualTo("Sette opp testen");
        assertThat(owner.getValue()).isEqualTo(Owner.guest("Ingrid"));
        assertThat(meetingAsItsConsultant(meeting).actions()).as("nothing saved").isEmpty();

        type(due, LocalDate.of(2026, 12, 18));
        _click(_get(Button.class, spec -> spec.withId("action-add")));
        assertThat(meetingAsItsConsultant(meeting).actions()).singleElement()
                .satisfies(action -> assertThat(action.due()).isEqualTo(LocalDate.of(2026, 12, 18)));
    }

    @Test
    void each_text_of_a_meeting_is_limited_at_its_field_to_what_its_column_holds_and_the_service_refuses_more() {
        var meeting = runningMeeting();
        loginAs(customer.consultant());
        navigate("meetings/" + meeting.value());
        assertThat(_get(TextField.class, spec -> spec.withId("decision-text")).getMaxLength()).isEqualTo(2000);
        assertThat(_get(TextField.class, spec -> spec.withId("action-text")).getMaxLength()).isEqualTo(1000);
        var guest = _get(OwnerPicker.class, spec -> spec.withId("action-owner"));
        type(_get(TextField.class, spec -> spec.withId("action-text")), "Gjøre noe");
        ComboBoxKt._fireCustomValueSet(guest, "x".repeat(201));
        _click(_get(Button.class, spec -> spec.withId("action-add")));
        assertThat(guest.isInvalid()).as("a guest's name longer than its column").isTrue();
        assertThat(guest.getErrorMessage()).isEqualTo("Høyst 200 tegn");
        assertThat(_find(TextArea.class, spec -> spec.withClasses("agenda-note")).getFirst().getMaxLength()).isEqualTo(4000);
        assertThat(columnLength("meeting_decision", "text")).isEqualTo(2000);
        assertThat(columnLength("action_item", "text")).isEqualTo(1000);
        assertThat(columnLength("action_item", "owner")).isEqualTo(200);
        assertThat(columnLength("agenda_item", "note")).isEqualTo(4000);

        signIn.as(customer.consultant());
        assertThatThrownBy(() -> minutes.decide(meeting, "x".repeat(2001))).isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> minutes.addAction(meeting, "x".repeat(1001), null, null, null))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> minutes.addAction(meeting, "Gjøre noe", null, "x".repeat(201), null))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> lifecycle.schedule(customer.id(), Instant.parse("2026-12-18T09:00:00Z"), List.of(),
                "x".repeat(501))).isInstanceOf(ConstraintViolationException.class);
        minutes.decide(meeting, "x".repeat(2000));
        signIn.out();
    }

    private int columnLength(String table, String column) {
        return jdbc.queryForObject("select character_maximum_length from information_schema.columns"
                + " where table_name = ? and column_name = ?", Integer.class, table, column);
    }

    private no.ambisjon.meeting.MeetingDetail meetingAsItsConsultant(MeetingId id) {
        var read = new java.util.concurrent.atomic.AtomicReference<no.ambisjon.meeting.MeetingDetail>();
        signIn.onAnotherDevice(customer.consultant(), () -> read.set(meetings.meeting(id)));
        return read.get();
    }

    @Test
    void a_note_saves_itself_as_the_consultant_pauses_and_is_there_after_a_reload() {
        var meeting = runningMeeting();
        loginAs(customer.consultant());
        navigate("meetings/" + meeting.value());
        var note = _find(TextArea.class, spec -> spec.withClasses("agenda-note")).getFirst();
        var id = note.getId().orElseThrow();

        typeAsTheBrowserSendsIt(note, "Snittkurven må opp før jul");
        assertThat(_get(Span.class, spec -> spec.withId(id.replace("note-", "note-state-"))).getText()).isEqualTo("Lagret");
        _click(_find(Button.class, spec -> spec.withClasses("focus-button")).get(1));
        UI.getCurrent().getPage().reload();
        navigate("meetings/" + meeting.value());

        assertThat(_get(TextArea.class, spec -> spec.withId(id)).getValue()).isEqualTo("Snittkurven må opp før jul");
    }

    @Test
    void two_consultants_writing_in_the_same_note_at_once_both_keep_their_text() {
        var meeting = runningMeeting();
        loginAs(customer.consultant());
        navigate("meetings/" + meeting.value());
        var note = _find(TextArea.class, spec -> spec.withClasses("agenda-note")).getFirst();
        var agendaItem = meetingAsItsConsultant(meeting).agenda().stream()
                .filter(line -> note.getId().orElseThrow().equals("note-" + line.keyResult().id().value()))
                .findFirst().orElseThrow().id();

        // The other consultant saves first, from the note as it was when both began: empty.
        signIn.onAnotherDevice(DemoData.ADMIN, () -> agenda.note(meeting, agendaItem, "", "Kampanjen starter mandag"));
        typeAsTheBrowserSendsIt(note, "Vi trenger flere anmeldelser");

        var saved = meetingAsItsConsultant(meeting).agenda().stream().filter(line -> line.id() == agendaItem)
                .findFirst().orElseThrow().note();
        assertThat(saved).contains("Kampanjen starter mandag", "Vi trenger flere anmeldelser");
        assertThat(note.getValue()).isEqualTo(saved);
        assertThat(_get(Span.class, spec -> spec.withId(note.getId().orElseThrow().replace("note-", "note-state-"))).getText())
                .startsWith("Lagret. Noen andre skrev i notatet samtidig");
    }

    @Test
    void closed_minutes_read_the_same_word_for_word_whatever_happens_to_the_okrs_afterwards() {
        var id = runningMeeting();
        signIn.as(customer.consultant());
        var lines = meetings.meeting(id).agenda();
        agenda.note(id, lines.getFirst().id(), null, "Notatet fra møtet");
        minutes.decide(id, "Beslutningen fra møtet");
        minutes.addAction(id, "Tiltaket fra møtet", null, "Redaktøren", null);
        lifecycle.close(id);
        loginAs(customer.viewer());
        navigate("meetings/" + id.value());
        var before = text(_get(MeetingView.class));
        assertThat(before).contains("Notatet fra møtet", "Nøkkelresultat 1", objective.title(), "Tiltaket fra møtet");

        // The next week: the key results are renamed, re-targeted, checked in on and archived, the
        // objective is archived, the action item is done in the next meeting.
        signIn.as(customer.consultant());
        var plan = okrs.plan(customer.id(), objective.quarter());
        for (var kr : plan.objectives().getFirst().keyResults()) {
            keyResults.checkIn(kr.id(), checkIn("199", Confidence.OFF_TRACK));
            keyResults.update(kr.id(), kr.version(), keyResult("Omdøpt " + kr.title(), "0", "5000"));
        }
        keyResults.archive(lines.getFirst().keyResult().id(),
                okrs.keyResult(lines.getFirst().keyResult().id()).keyResult().version());
        var next = lifecycle.schedule(customer.id(), Instant.parse("2026-11-25T09:00:00Z"), List.of(), null);
        lifecycle.start(next);
        minutes.actionDone(next, meetings.meeting(next).carriedActions().getFirst().id(), true);
        objectives.archive(objective.objective(), okrs.objective(objective.objective()).objective().version());

        closeBrowser();
        loginAs(customer.viewer());
        navigate("meetings/" + id.value());
        assertThat(text(_get(MeetingView.class))).isEqualTo(before);
    }

    @Test
    void a_customer_login_reads_the_meeting_but_has_nothing_to_run_it_with() {
        var id = runningMeeting();
        loginAs(customer.editor());
        navigate("meetings/" + id.value());
        assertThat(_find(Component.class, spec -> spec.withClasses("agenda-line"))).isNotEmpty();
        assertThat(_find(Button.class, spec -> spec.withClasses("focus-button"))).isEmpty();
        assertThat(_find(TextArea.class)).isEmpty();
        assertThat(_find(TextField.class)).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("close-meeting"))).isEmpty();
        assertThat(_get(Anchor.class, spec -> spec.withId("present")).getText()).isEqualTo("Følg på storskjerm");
    }

    @Test
    void another_customers_meeting_is_not_found_by_address() {
        var id = runningMeeting();
        var other = testCustomers.create();
        for (var outsider : List.of(other.editor(), other.consultant())) {
            loginAs(outsider);
            navigate("meetings/" + id.value());
            assertThat(currentView()).isEqualTo(NotFoundView.class);
            navigate("meetings/" + id.value() + "/present");
            assertThat(currentView()).isEqualTo(NotFoundView.class);
            navigate("customers/" + customer.slug() + "/meetings");
            assertThat(currentView()).isEqualTo(NotFoundView.class);
            assertThat(UI.getCurrent().getElement().getTextRecursively()).doesNotContain(customer.name());
            closeBrowser();
        }
    }

    @Test
    void the_presenter_moves_through_the_agenda_with_the_keyboard() {
        var id = runningMeeting();
        loginAs(customer.consultant());
        navigate("meetings/" + id.value() + "/present");
        assertThat(_find(H1.class, spec -> spec.withId("focused-key-result"))).isEmpty();
        assertThat(_find(Component.class, spec -> spec.withClasses("presentation-row"))).hasSize(5);

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
    void a_check_in_sends_only_its_own_row_to_the_shared_screen() {
        var id = runningMeeting();
        loginAs(customer.viewer());
        navigate("meetings/" + id.value() + "/present");
        var rows = _find(Component.class, spec -> spec.withClasses("presentation-row"));
        var first = rows.getFirst();
        var other = rows.get(1);
        var kr = new KeyResultId(Long.parseLong(first.getElement().getAttribute("data-key-result")));
        UI.getCurrent().getInternals().getStateTree().collectChanges(change -> { }); // as sent to the browser

        signIn.onAnotherDevice(customer.consultant(), () -> keyResults.checkIn(kr, checkIn("188", Confidence.AT_RISK)));

        awaitPush("the new value on the shared screen", () -> text(first).contains("188"));
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
    void the_customers_screen_follows_the_presenter_live_and_its_keys_steer_nothing() {
        var id = runningMeeting();
        var before = liveUpdates.subscriberCount();
        loginAs(customer.viewer());
        navigate("meetings/" + id.value() + "/present");
        assertThat(liveUpdates.subscriberCount()).isEqualTo(before + 1);
        fireShortcut(Key.ARROW_RIGHT);
        assertThat(_find(H1.class, spec -> spec.withId("focused-key-result"))).isEmpty();

        signIn.onAnotherDevice(customer.consultant(),
                () -> agenda.focus(id, meetings.meeting(id).agenda().get(1).keyResult().id().value()));

        awaitPush("the presenter's focus", () -> !_find(H1.class, spec -> spec.withId("focused-key-result")).isEmpty());
        closeBrowser();
        assertThat(liveUpdates.subscriberCount()).isEqualTo(before);
    }
}
