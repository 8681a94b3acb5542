package no.ambisjon.okr.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import no.ambisjon.base.ui.DecimalField;
import no.ambisjon.KaribuTest;
import no.ambisjon.TestCustomers;
import no.ambisjon.TestCustomers.TestCustomer;
import no.ambisjon.demo.DemoData;
import no.ambisjon.okr.KeyResultService;
import no.ambisjon.okr.KeyResultForm;
import no.ambisjon.okr.Category;
import no.ambisjon.okr.Measure;
import no.ambisjon.okr.Direction;
import no.ambisjon.okr.Confidence;
import no.ambisjon.okr.OkrFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An editor evaluates a past quarter on the objective's page; everyone then reads it where they look. */
class EvaluationPanelTest extends KaribuTest {

    @Autowired
    TestCustomers testCustomers;
    @Autowired
    OkrFixtures okr;
    @Autowired
    KeyResultService keyResults;

    private TestCustomer customer;
    private OkrFixtures.Made past;

    @BeforeEach
    void aPastQuarter() {
        customer = testCustomers.create();
        past = okr.pastObjective(customer, "164", "200");
    }

    private void openObjective() {
        navigate("objectives/" + past.objective().value());
    }

    @Test
    void an_editor_grades_with_the_suggestions_adjusts_one_with_a_reason_and_closes_it() {
        loginAs(customer.editor());
        openObjective();
        var fields = _find(DecimalField.class, spec -> spec.withClasses("evaluation-grade-field"));
        assertThat(fields).extracting(DecimalField::getValue).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("0.6"), new BigDecimal("1.0"));
        assertThat(fields.getFirst().getHelperText().replace('\u00a0', ' ')).isEqualTo("Forslag 0,6 (fremdrift 64 %)");

        type(fields.getFirst(), new BigDecimal("0.8"));
        type(_get(TextArea.class, spec -> spec.withId("evaluation-worked")), "Kampanjen i uke 38");
        _click(_get(Button.class, spec -> spec.withId("evaluation-save")));
        var reason = _find(TextField.class, spec -> spec.withClasses("evaluation-reason")).getFirst();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Skriv hvorfor karakteren avviker fra forslaget (0,6)");
        assertThat(fields.getFirst().getValue()).as("nothing typed is lost").isEqualByComparingTo("0.8");
        assertThat(_get(TextArea.class, spec -> spec.withId("evaluation-worked")).getValue()).isEqualTo("Kampanjen i uke 38");

        type(reason, "Salget kom rett etter kvartalsslutt");
        _click(_get(Button.class, spec -> spec.withId("evaluation-close")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(_get(Span.class, spec -> spec.withId("evaluation-grade")).getText()).isEqualTo("Karakter 0,9: nådd");
        assertThat(text(_get(EvaluationPanel.class))).contains("forslaget var 0,6: Salget kom rett etter kvartalsslutt",
                "Dette fungerte: Kampanjen i uke 38", "Lukket av " + customer.editorName());
        assertThat(_find(DecimalField.class, spec -> spec.withClasses("evaluation-grade-field"))).isEmpty();
    }

    @Test
    void a_grade_out_of_range_is_refused_at_its_field() {
        loginAs(customer.consultant());
        openObjective();
        var field = _find(DecimalField.class, spec -> spec.withClasses("evaluation-grade-field")).get(1);
        type(field, new BigDecimal("1.2"));
        _click(_get(Button.class, spec -> spec.withId("evaluation-save")));

        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("Karakteren er et tall fra 0,0 til 1,0 med én desimal");
    }

    @Test
    void a_viewer_sees_no_form_before_it_closes() {
        loginAs(customer.viewer());
        openObjective();

        assertThat(_find(EvaluationPanel.class)).isEmpty();
    }

    @Test
    void the_demo_customers_previous_quarter_is_graded_on_its_page_and_in_the_overview() {
        loginAs(DemoData.ADMIN);
        var overview = _get(Grid.class, spec -> spec.withId("customer-overview"));
        assertThat(overview.getColumnByKey("last-quarter")).isNotNull();

        loginAs(DemoData.FJELLSPORT_EDITOR);
        UI.getCurrent().navigate("customers/" + DemoData.FJELLSPORT, QueryParameters.of("quarter", past.quarter().toString()));
        assertThat(_find(Span.class, spec -> spec.withClasses("objective-grade")))
                .singleElement().satisfies(badge -> assertThat(badge.getText()).matches("Karakter \\d,\\d"));
    }

    @Test
    void a_closed_evaluation_says_what_became_of_the_objective_from_its_grade_the_same_everywhere() {
        loginAs(customer.consultant());
        openObjective();
        var fields = _find(DecimalField.class, spec -> spec.withClasses("evaluation-grade-field"));
        for (var field : fields) {
            type(field, new BigDecimal("0.6"));
        }
        _find(TextField.class, spec -> spec.withClasses("evaluation-reason")).forEach(reason -> type(reason, "Kom nesten i mål"));
        _click(_get(Button.class, spec -> spec.withId("evaluation-close")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(_get(Span.class, spec -> spec.withId("evaluation-grade")).getText()).isEqualTo("Karakter 0,6: delvis nådd");
        assertThat(_get(Span.class, spec -> spec.withId("evaluation-grade")).getClassNames()).contains("outcome-partly");
        var card = _get(Component.class, spec -> spec.withClasses("objective-card"));
        assertThat(text(card)).contains("Delvis nådd", "Karakter 0,6").doesNotContain("Utkast", "Aktiv", "Ikke nådd");
    }

    @Test
    void the_form_follows_check_ins_and_new_key_results_in_place_and_keeps_what_was_typed() {
        loginAs(customer.editor());
        openObjective();
        var fields = _find(DecimalField.class, spec -> spec.withClasses("evaluation-grade-field"));
        type(fields.get(1), new BigDecimal("0.9"));

        signIn.onAnotherDevice(customer.consultant(), () -> {
            keyResults.checkIn(past.keyResults().get(0), OkrFixtures.checkIn("190", Confidence.ON_TRACK));
            var added = new KeyResultForm();
            added.setTitle("Nytt nøkkelresultat");
            added.setCategory(Category.QUALITY);
            added.setMeasure(Measure.NUMBER);
            added.setStartValue(BigDecimal.ZERO);
            added.setTargetValue(BigDecimal.TEN);
            added.setDirection(Direction.UP);
            keyResults.add(past.objective(), added);
        });
        awaitPush("the check-in and the new key result", () ->
                _find(DecimalField.class, spec -> spec.withClasses("evaluation-grade-field")).size() == 3);

        var now = _find(DecimalField.class, spec -> spec.withClasses("evaluation-grade-field"));
        assertThat(now.getFirst()).as("the same field, in place").isSameAs(fields.getFirst());
        assertThat(now.getFirst().getHelperText().replace('\u00a0', ' ')).isEqualTo("Forslag 0,9 (fremdrift 90 %)");
        assertThat(now.getFirst().getValue()).as("untouched, it follows the suggestion").isEqualByComparingTo("0.9");
        assertThat(now.get(1).getValue()).as("typed, it stays").isEqualByComparingTo("0.9");
        assertThat(now.get(2).getLabel()).isEqualTo("Nytt nøkkelresultat");
    }
}
