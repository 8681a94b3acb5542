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

    private ObjectiveStatus statusOf(ObjectiveId id) {
        return queries.objective(id).objective().status();
    }
}
