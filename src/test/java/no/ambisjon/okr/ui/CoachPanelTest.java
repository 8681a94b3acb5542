package no.ambisjon.okr.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import no.ambisjon.KaribuTest;
import no.ambisjon.TestCustomers;
import no.ambisjon.TestCustomers.TestCustomer;
import no.ambisjon.okr.Category;
import no.ambisjon.okr.ObjectiveId;
import no.ambisjon.okr.ObjectiveService;
import no.ambisjon.okr.ObjectiveStatus;
import no.ambisjon.okr.OkrFixtures;
import no.ambisjon.okr.OkrQueryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The coach beside the objective editor, as an editor uses it. */
class CoachPanelTest extends KaribuTest {

    @Autowired
    OkrFixtures fixtures;
    @Autowired
    ObjectiveService objectives;
    @Autowired
    OkrQueryService queries;
    @Autowired
    TestCustomers testCustomers;
    @Autowired
    no.ambisjon.okr.KeyResultService keyResults;

    private TestCustomer customer;

    @BeforeEach
    void aCustomer() {
        customer = testCustomers.create();
    }

    private static Component findingFor(String check) {
        return _get(Component.class, spec -> spec.withClasses("coach-finding").withAttribute("data-check", check));
    }

    private static String stateOf(String check) {
        var classes = findingFor(check).getElement().getClassList();
        return classes.stream().filter(c -> c.startsWith("coach-") && !c.equals("coach-finding")).findFirst().orElse("");
    }

    private static String messageOf(String check) {
        return _get(findingFor(check), Span.class, spec -> spec.withClasses("coach-message")).getText();
    }

    private static String score() {
        return _get(Span.class, spec -> spec.withId("coach-score")).getText();
    }

    private void openQuarter(OkrFixtures.Made made) {
        UI.getCurrent().navigate("customers/" + customer.slug(), QueryParameters.of("quarter", made.quarter().toString()));
    }

    @Test
    void the_panel_follows_the_title_as_it_is_typed() {
        var made = fixtures.objective(customer, 0, 0);
        loginAs(customer.consultant());
        openQuarter(made);
        _click(_get(Button.class, spec -> spec.withId("new-objective")));
        var title = _get(TextField.class, spec -> spec.withId("objective-title"));

        type(title, "Flere kunder handler turutstyr på nett");
        assertThat(stateOf("O1")).isEqualTo("coach-needs-attention");
        assertThat(findingFor("O1").getElement().getTextRecursively()).contains(customer.shortName());
        var before = score();

        type(title, customer.shortName() + " får flere kunder på nett");
        assertThat(stateOf("O1")).isEqualTo("coach-passed");
        assertThat(score()).isNotEqualTo(before);

        type(title, customer.shortName() + " får flere kunder på nett, i butikk, på telefon, på messer og i alle sosiale kanaler");
        assertThat(stateOf("O6")).isEqualTo("coach-needs-attention");
    }

    @Test
    void a_yes_given_about_a_title_is_taken_back_when_the_title_changes() {
        var made = fixtures.objective(customer, 0, 0);
        loginAs(customer.consultant());
        openQuarter(made);
        _click(_get(Button.class, spec -> spec.withId("new-objective")));
        type(_get(TextField.class, spec -> spec.withId("objective-title")), customer.shortName() + " blir størst i Trøndelag");
        type(_get(Checkbox.class, spec -> spec.withId("confirm-O2")), true);
        assertThat(stateOf("O2")).isEqualTo("coach-passed");

        type(_get(TextField.class, spec -> spec.withId("objective-title")), customer.shortName().toLowerCase() + " blir størst i trøndelag!");
        assertThat(stateOf("O2")).as("same words").isEqualTo("coach-passed");
        type(_get(TextField.class, spec -> spec.withId("objective-title")), customer.shortName() + " blir lønnsom");
        assertThat(stateOf("O2")).isEqualTo("coach-to-confirm");
        assertThat(_get(Checkbox.class, spec -> spec.withId("confirm-O2")).getValue()).isFalse();
    }

    @Test
    void an_objective_with_only_volume_is_told_what_is_missing_and_adds_a_key_result_from_a_suggestion() {
        var made = fixtures.objective(customer, 1, 0);
        loginAs(customer.editor());
        UI.getCurrent().navigate("objectives/" + made.objective().value());
        assertThat(stateOf("K2")).isEqualTo("coach-needs-attention");
        assertThat(messageOf("K2")).startsWith("Mangler: penger, kvalitet.");

        _click(_get(Button.class, spec -> spec.withClasses("coach-template").withAttribute("data-template", "REVENUE")));
        assertThat(_get(TextField.class, spec -> spec.withId("key-result-title")).getValue())
                .isEqualTo("Omsetning fra nettbutikken");
        assertThat(_get(Select.class, spec -> spec.withId("key-result-category")).getValue()).isEqualTo(Category.MONEY);
        type(_get(TextField.class, spec -> spec.withId("key-result-target")), "500000");
        _click(_get(Button.class, spec -> spec.withId("save")));

        assertThat(_find(Component.class, spec -> spec.withClasses("key-result-row"))).hasSize(2);
        assertThat(messageOf("K2")).startsWith("Mangler: kvalitet.");
        assertThat(_find(Button.class, spec -> spec.withClasses("coach-template")))
                .extracting(b -> b.getElement().getAttribute("data-template"))
                .containsExactly("REVIEWS", "EMAIL_OPEN_RATE", "AVERAGE_ORDER_VALUE");
    }

    @Test
    void activating_with_open_questions_asks_first_and_a_draft_never_does() {
        var made = fixtures.objective(customer, 0, 0);
        signIn.as(customer.consultant());
        var draft = objectives.create(made.customer(), made.quarter(), OkrFixtures.objectiveForm("Et utkast"));
        loginAs(customer.consultant());
        UI.getCurrent().navigate("objectives/" + draft.value());

        _click(_get(Button.class, spec -> spec.withClasses("edit-objective")));
        type(_get(TextArea.class, spec -> spec.withId("objective-description")), "Fortsatt et utkast");
        _click(_get(Button.class, spec -> spec.withId("save")));
        assertThat(_find(ConfirmDialog.class)).isEmpty();
        assertThat(statusOf(draft)).isEqualTo(ObjectiveStatus.DRAFT);

        _click(_get(Button.class, spec -> spec.withClasses("edit-objective")));
        type(_get(Select.class, spec -> spec.withId("objective-status")), ObjectiveStatus.ACTIVE);
        _click(_get(Button.class, spec -> spec.withId("save")));
        var ask = _get(ConfirmDialog.class);
        assertThat(statusOf(draft)).isEqualTo(ObjectiveStatus.DRAFT);
        ConfirmDialogKt._fireConfirm(ask);
        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(statusOf(draft)).isEqualTo(ObjectiveStatus.ACTIVE);
    }

    @Test
    void each_objective_on_the_customers_page_shows_its_score() {
        var made = fixtures.objective(customer, 1, 0);
        loginAs(customer.viewer());
        openQuarter(made);
        assertThat(_find(Span.class, spec -> spec.withClasses("coach-open"))).singleElement()
                .satisfies(s -> assertThat(s.getText()).matches("Veileder \\d+/11"));
    }

    @Test
    void the_dialog_names_the_guides_examples_and_has_no_key_results_to_judge_yet() {
        var made = fixtures.objective(customer, 0, 0);
        loginAs(customer.consultant());
        openQuarter(made);
        _click(_get(Button.class, spec -> spec.withId("new-objective")));

        assertThat(messageOf("K2")).startsWith("Mangler: volum, penger, kvalitet.")
                .contains("«Besøk på nettstedet»", "«Omsetning fra nettbutikken»").endsWith(".");
        assertThat(_find(Button.class, spec -> spec.withClasses("coach-template"))).as("nothing to add them to yet").isEmpty();
        for (var check : java.util.List.of("K3", "K4", "K5")) {
            assertThat(messageOf(check)).as(check).isEqualTo("Ingen nøkkelresultater å vurdere ennå. Legg til nøkkelresultater først.");
            assertThat(stateOf(check)).as(check).isEqualTo("coach-needs-attention");
        }
        assertThat(_find(Checkbox.class, spec -> spec.withId("confirm-K5"))).isEmpty();
    }

    @Test
    void each_question_is_answered_in_its_own_words_in_english() {
        var made = fixtures.objective(customer, 0, 0);
        loginAs(customer.consultant());
        _click(_get(Button.class, spec -> spec.withId("language-en")));
        openQuarter(made);
        _click(_get(Button.class, spec -> spec.withId("new-objective")));

        assertThat(_get(Checkbox.class, spec -> spec.withId("confirm-O2")).getLabel()).isEqualTo("Yes, it does");
        assertThat(_get(Checkbox.class, spec -> spec.withId("confirm-O3")).getLabel()).isEqualTo("Yes, it is");
        assertThat(_get(Checkbox.class, spec -> spec.withId("confirm-O4")).getLabel()).isEqualTo("Yes, we can");
        assertThat(_get(Checkbox.class, spec -> spec.withId("confirm-O5")).getLabel()).isEqualTo("Yes, it can");
        assertThat(messageOf("K2")).startsWith("Missing: volume, money, quality.").contains("“Visits to the website”");
        _click(_get(Button.class, spec -> spec.withId("language-nb")));
    }

    @Test
    void a_past_quarters_objective_is_not_told_to_move_nor_offered_key_results_on_its_page_or_in_its_dialog() {
        var past = fixtures.pastObjective(customer, "150");
        loginAs(customer.editor());
        UI.getCurrent().navigate("objectives/" + past.objective().value());
        assertPastQuarter(_get(CoachPanel.class));

        _click(_get(Button.class, spec -> spec.withClasses("edit-objective")));
        assertPastQuarter(_get(ObjectiveDialog.class).coachPanel);
    }

    private static void assertPastQuarter(CoachPanel panel) {
        var o5 = _get(panel, Component.class, spec -> spec.withClasses("coach-finding").withAttribute("data-check", "O5"));
        assertThat(o5.getElement().getClassList()).doesNotContain("coach-needs-attention");
        assertThat(_get(o5, Span.class, spec -> spec.withClasses("coach-message")).getText())
                .isEqualTo("Ikke besvart mens kvartalet pågikk.");
        var k2 = _get(panel, Component.class, spec -> spec.withClasses("coach-finding").withAttribute("data-check", "K2"));
        assertThat(_get(k2, Span.class, spec -> spec.withClasses("coach-message")).getText()).isEqualTo("Mangler: penger, kvalitet.");
        assertThat(_find(panel, Button.class, spec -> spec.withClasses("coach-template"))).isEmpty();
        assertThat(_find(panel, Checkbox.class, spec -> spec.withClasses("coach-confirm"))).isEmpty();
    }

    @Test
    void the_overview_counts_the_objectives_that_meet_the_whole_guide() {
        signIn.as(customer.consultant());
        var whole = objectives.create(customer.id(), queries.currentQuarter(),
                OkrFixtures.objectiveForm(customer.shortName() + " blir førstevalget i Trøndelag"));
        for (var category : Category.values()) {
            if (category != Category.ACTIVITY) {
                var kr = OkrFixtures.keyResult("Tall for " + category.name().toLowerCase(), "100", "200");
                kr.setCategory(category);
                keyResults.add(whole, kr);
            }
        }
        for (var check : no.ambisjon.coach.CheckId.values()) {
            if (check.isConfirmedByUser()) {
                objectives.confirm(whole, check, true);
            }
        }
        fixtures.objective(customer, 1, 0);
        assertThat(queries.objective(whole).objective().score().complete()).isTrue();

        loginAs(customer.consultant());
        var overview = _get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("customer-overview"));
        var row = java.util.stream.IntStream.range(0, com.github.mvysny.kaributesting.v10.GridKt._size(overview))
                .filter(i -> com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(overview, i, "customer")
                        .getElement().getText().equals(customer.name()))
                .findFirst().orElseThrow();
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(overview, row, "coach").getElement()
                .getText()).isEqualTo("1 av 2 mål");
    }

    private ObjectiveStatus statusOf(ObjectiveId id) {
        return queries.objective(id).objective().status();
    }
}
