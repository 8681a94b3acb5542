package no.ambisjon.people;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.time.Instant;
import java.util.List;
import no.ambisjon.KaribuTest;
import no.ambisjon.TestCustomers;
import no.ambisjon.TestCustomers.TestCustomer;
import no.ambisjon.meeting.MeetingId;
import no.ambisjon.meeting.MeetingLifecycleService;
import no.ambisjon.meeting.ActionEntry;
import no.ambisjon.meeting.MeetingQueryService;
import no.ambisjon.okr.KeyResultService;
import no.ambisjon.okr.OkrFixtures;
import no.ambisjon.okr.OkrQueryService;
import no.ambisjon.okr.ui.OwnerPicker;
import no.ambisjon.okr.ui.RowButtons;
import no.ambisjon.security.Owner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Owners and those who do action items are people picked by name, shown with their avatars, and "Mine" shows one's own. */
class OwnersScreensTest extends KaribuTest {

    @Autowired
    TestCustomers testCustomers;
    @Autowired
    OkrFixtures fixtures;
    @Autowired
    OkrQueryService queries;
    @Autowired
    KeyResultService keyResults;
    @Autowired
    MeetingLifecycleService lifecycle;
    @Autowired
    MeetingQueryService meetings;

    private TestCustomer customer;

    @BeforeEach
    void aCustomer() {
        customer = testCustomers.create();
    }

    private List<Component> rows() {
        return _find(Component.class, spec -> spec.withClasses("key-result-row"));
    }

    @Test
    void an_editor_picks_the_owner_of_a_key_result_among_the_people_and_its_row_shows_them() {
        var made = fixtures.objective(customer, 2, 0);
        loginAs(customer.editor());
        UI.getCurrent().navigate("customers/" + customer.slug(), QueryParameters.of("quarter", made.quarter().toString()));

        RowButtons.click(rows().getFirst(), RowButtons.EDIT);
        var owner = _get(OwnerPicker.class, spec -> spec.withId("key-result-owner"));
        assertThat(ComboBoxKt.getSuggestions(owner)).contains(customer.editorName(), customer.viewerName(),
                customer.consultantName());
        assertThat(owner.isAllowCustomValue()).as("an owner is a person, not a name typed").isFalse();
        pick(owner, customer.viewerName());
        _click(_get(Button.class, spec -> spec.withId("save")));

        assertThat(text(rows().getFirst())).contains(customer.viewerName());
        assertThat(rows().getFirst().getElement().getChildren()
                .map(part -> String.valueOf(part.getProperty("innerHTML"))).toList())
                .anySatisfy(markup -> assertThat(markup).contains("<vaadin-avatar", "name=\"" + customer.viewerName() + "\""));
        assertThat(text(rows().get(1))).doesNotContain(customer.viewerName());
        assertThat(queries.keyResult(made.keyResult()).keyResult().owner().personId())
                .isEqualTo(testCustomers.idOf(customer.viewer()));
    }

    @Test
    void mine_shows_only_the_signed_in_users_own_key_results_and_stays_in_the_address() {
        var made = fixtures.objective(customer, 3, 0);
        signIn.as(customer.editor());
        var form = queries.keyResult(made.keyResults().get(1)).keyResult().toForm();
        form.setOwner(new Owner(testCustomers.idOf(customer.editor()), customer.editorName(), true));
        keyResults.update(made.keyResults().get(1), queries.keyResult(made.keyResults().get(1)).keyResult().version(), form);
        signIn.out();

        loginAs(customer.editor());
        UI.getCurrent().navigate("customers/" + customer.slug(), QueryParameters.of("quarter", made.quarter().toString()));
        assertThat(rows()).hasSize(3);
        var mine = _get(Checkbox.class, spec -> spec.withId("mine"));
        typeAsTheBrowserSendsIt(mine, true);

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters())
                .containsEntry("mine", List.of("true")).containsEntry("quarter", List.of(made.quarter().toString()));
        assertThat(rows()).singleElement().satisfies(row -> assertThat(text(row)).contains(customer.editorName()));

        // The address alone, as after a reload or from a link.
        loginAs(customer.viewer());
        UI.getCurrent().navigate("customers/" + customer.slug(),
                QueryParameters.simple(java.util.Map.of("quarter", made.quarter().toString(), "mine", "true")));
        assertThat(rows()).isEmpty();
        assertThat(_get(Component.class, spec -> spec.withId("mine-none")).isVisible()).isTrue();
    }

    @Test
    void an_action_item_is_done_by_a_person_picked_or_by_a_guest_typed_and_mine_shows_ones_own_open_ones() {
        signIn.as(customer.consultant());
        var meeting = lifecycle.schedule(customer.id(), Instant.parse("2026-11-18T09:00:00Z"), List.of(), "Alle");
        lifecycle.start(meeting);
        signIn.out();
        loginAs(customer.consultant());
        navigate("meetings/" + meeting.value());

        addAction("Ringe leverandøren", owner -> pick(owner, customer.editorName()));
        addAction("Sende tilbudet", owner -> ComboBoxKt._fireCustomValueSet(owner, "Gjest Utenfra"));
        addAction("Oppdatere nettsiden", owner -> pick(owner, customer.consultantName()));

        assertThat(actionsShown()).contains("Ringe leverandøren · " + customer.editorName(), "Sende tilbudet · Gjest Utenfra");
        var detail = actionsOf(meeting);
        assertThat(detail).extracting(a -> a.owner().personId()).containsExactly(
                testCustomers.idOf(customer.editor()), null, testCustomers.idOf(customer.consultant()));

        typeAsTheBrowserSendsIt(_get(Checkbox.class, spec -> spec.withId("mine-actions")), true);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters())
                .containsEntry("mine", List.of("true"));
        assertThat(actionsShown()).contains("Oppdatere nettsiden").doesNotContain("Ringe leverandøren", "Sende tilbudet");
        assertThat(_get(Checkbox.class, spec -> spec.withId("mine-actions")).getValue()).isTrue();

        // The address alone, as after a reload or from a link: the editor's own open item.
        loginAs(customer.editor());
        UI.getCurrent().navigate("meetings/" + meeting.value(), QueryParameters.of("mine", "true"));
        assertThat(text(_get(Component.class, spec -> spec.withClasses("meeting-actions"))))
                .contains("Ringe leverandøren").doesNotContain("Oppdatere nettsiden", "Sende tilbudet");
    }

    /** The action items to tick off, by their labels. */
    private static String actionsShown() {
        return _find(_get(Component.class, spec -> spec.withClasses("meeting-actions")), Checkbox.class).stream()
                .map(Checkbox::getLabel).collect(java.util.stream.Collectors.joining("\n"));
    }

    /** Picks a person as the user does: among those the picker offers, by name. */
    private static void pick(OwnerPicker picker, String name) {
        type(picker, picker.getListDataView().getItems().filter(owner -> owner.name().equals(name)).findFirst()
                .orElseThrow());
    }

    private void addAction(String text, java.util.function.Consumer<OwnerPicker> owner) {
        type(_get(TextField.class, spec -> spec.withId("action-text")), text);
        owner.accept(_get(OwnerPicker.class, spec -> spec.withId("action-owner")));
        _click(_get(Button.class, spec -> spec.withId("action-add")));
    }

    /** As the consultant, who is signed in on this thread. */
    private List<ActionEntry> actionsOf(MeetingId meeting) {
        return meetings.meeting(meeting).actions();
    }
}
