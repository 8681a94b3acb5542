package no.ambisjon.okr.ui;

import no.ambisjon.okr.ObjectiveCard;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import no.ambisjon.okr.CheckInOutsideQuarterException;
import com.vaadin.flow.component.datepicker.DatePicker;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.math.BigDecimal;
import java.util.List;
import no.ambisjon.base.ui.DecimalField;
import no.ambisjon.KaribuTest;
import no.ambisjon.TestCustomers;
import no.ambisjon.TestCustomers.TestCustomer;
import no.ambisjon.okr.Category;
import no.ambisjon.okr.Confidence;
import no.ambisjon.okr.KeyResultService;
import no.ambisjon.okr.KeyResultTemplate;
import no.ambisjon.okr.Measure;
import no.ambisjon.okr.ObjectiveService;
import no.ambisjon.okr.OkrFixtures;
import no.ambisjon.okr.OkrQueryService;
import no.ambisjon.shell.NotFoundView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The customer's OKR page and its dialogs, used as each role would use them. */
class OkrViewTest extends KaribuTest {

    @Autowired
    OkrFixtures fixtures;
    @Autowired
    OkrQueryService queries;
    @Autowired
    ObjectiveService objectives;
    @Autowired
    TestCustomers testCustomers;
    @Autowired
    KeyResultService keyResults;

    private TestCustomer customer;

    @BeforeEach
    void aCustomer() {
        customer = testCustomers.create();
    }

    private void openQuarter(OkrFixtures.Made made) {
        UI.getCurrent().navigate("customers/" + customer.slug(), QueryParameters.of("quarter", made.quarter().toString()));
    }

    private static String rowText(Component row) {
        return text(row);
    }

    /** The markup a row is drawn from. */
    private static String markup(Component row) {
        return row.getElement().getChildren().map(part -> String.valueOf(part.getProperty("innerHTML")))
                .collect(java.util.stream.Collectors.joining());
    }

    private static List<Component> keyResultRows() {
        return _find(Component.class, spec -> spec.withClasses("key-result-row"));
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    @Test
    void each_row_says_where_its_key_result_lands_at_this_pace_in_the_readers_language() {
        var made = fixtures.objective(customer, 2, 0);
        signIn.onAnotherDevice(customer.editor(), () -> {
            // 100 on 1 October, 124 on 18 November (day 48): half a visit a day, 145.5 on 31 December.
            keyResults.checkIn(made.keyResults().get(0), OkrFixtures.checkIn("124", Confidence.ON_TRACK));
            keyResults.checkIn(made.keyResults().get(1), OkrFixtures.checkIn("210", Confidence.ON_TRACK));
        });
        loginAs(customer.editor());
        openQuarter(made);

        var slow = keyResultRows().get(0);
        assertThat(rowText(slow)).contains("Med dagens tempo: ca. 146 besøk innen 31. desember. Målet er 200 besøk");
        assertThat(markup(slow)).as("marked as falling short").contains("forecast-misses");
        assertThat(rowText(keyResultRows().get(1))).contains("Med dagens tempo: ca. 309 besøk innen 31. desember");
        assertThat(markup(keyResultRows().get(1))).contains("forecast-reaches").doesNotContain("forecast-misses");

        _click(_get(Button.class, spec -> spec.withId("language-en")));
        openQuarter(made);
        assertThat(rowText(keyResultRows().get(0))).contains("At this pace: about 146 besøk by 31 December; target 200 besøk");
    }

    @Test
    void a_key_result_without_check_ins_makes_no_forecast() {
        var made = fixtures.objective(customer, 1, 0);
        loginAs(customer.editor());
        openQuarter(made);

        assertThat(rowText(keyResultRows().getFirst())).doesNotContain("Med dagens tempo");
    }

    @Test
    void an_editor_checks_in_with_two_clicks_and_a_number() {
        var made = fixtures.objective(customer, 1, 0);
        loginAs(customer.editor());
        openQuarter(made);
        assertThat(rowText(keyResultRows().getFirst())).contains("100 av 200 besøk", "Ingen innsjekkinger ennå");

        RowButtons.click(keyResultRows().getFirst(), RowButtons.CHECK_IN);                          // click 1
        type(_get(TextField.class, spec -> spec.withId("check-in-value")), "150");
        _click(button("save"));                                                                       // click 2

        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(rowText(keyResultRows().getFirst())).contains("150 av 200 besøk", "50 %", customer.editorName());
    }

    @Test
    void a_number_that_could_be_read_two_ways_or_does_not_fit_gets_a_message_at_the_field_and_nothing_typed_is_lost() {
        var made = fixtures.objective(customer, 1, 0);
        loginAs(customer.editor());
        openQuarter(made);
        RowButtons.click(keyResultRows().getFirst(), RowButtons.CHECK_IN);
        var value = _get(TextField.class, spec -> spec.withId("check-in-value"));
        var field = _get(DecimalField.class);
        var comment = _get(TextField.class, spec -> spec.withId("check-in-comment"));
        assertThat(comment.getMaxLength()).as("as long as the form may hold, as its column").isEqualTo(1000);
        type(comment, "Kampanjen virket");

        var refused = new LinkedHashMap<String, String>();
        refused.put("1.5", "Skriv desimaler med komma, for eksempel 1 500,5");
        refused.put("1e308", "Skriv inn et tall, for eksempel 1250 eller 3,5");
        refused.put("1 000 000 000 000 000", "Tallet er for stort: høyst 999 999 999 999 999");
        refused.put("150,12345", "Høyst fire desimaler");
        refused.forEach((typed, message) -> {
            type(value, typed);
            _click(button("save"));
            assertThat(field.isInvalid()).as(typed).isTrue();
            assertThat(field.getErrorMessage().replace('\u00a0', ' ')).as(typed).isEqualTo(message);
            assertThat(_find(Dialog.class)).as("still open").hasSize(1);
            assertThat(value.getValue()).isEqualTo(typed);
            assertThat(comment.getValue()).isEqualTo("Kampanjen virket");
        });

        type(value, "150,5");
        _click(button("save"));
        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(rowText(keyResultRows().getFirst())).contains("150,5 av 200 besøk");
    }

    @Test
    void a_check_in_on_a_past_quarters_key_result_is_dated_in_that_quarter_and_a_day_outside_it_gets_a_message() {
        var made = fixtures.pastObjective(customer, "150");
        loginAs(customer.editor());
        openQuarter(made);
        RowButtons.click(keyResultRows().getFirst(), RowButtons.CHECK_IN);
        var day = _get(DatePicker.class, spec -> spec.withId("check-in-day"));
        assertThat(day.getValue()).as("the quarter's last day").isEqualTo(made.quarter().lastDay());
        type(_get(TextField.class, spec -> spec.withId("check-in-value")), "170");
        type(_get(TextField.class, spec -> spec.withId("check-in-comment")), "Siste tall for kvartalet");

        type(day, made.quarter().lastDay().plusMonths(2));
        _click(button("save"));
        assertThat(day.isInvalid()).isTrue();
        assertThat(day.getErrorMessage()).startsWith("Senest ");
        assertThat(_find(Dialog.class)).as("still open").hasSize(1);
        assertThat(_get(TextField.class, spec -> spec.withId("check-in-value")).getValue()).isEqualTo("170");
        assertThat(_get(TextField.class, spec -> spec.withId("check-in-comment")).getValue()).isEqualTo("Siste tall for kvartalet");

        type(day, made.quarter().lastDay());
        _click(button("save"));
        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(rowText(keyResultRows().getFirst())).contains("170 av 200 besøk");

        var form = OkrFixtures.checkIn("180", Confidence.ON_TRACK);
        form.setDay(made.quarter().lastDay().plusDays(1));
        signIn.as(customer.editor());
        assertThatThrownBy(() -> keyResults.checkIn(made.keyResult(), form)).as("sent another way")
                .isInstanceOf(CheckInOutsideQuarterException.class);
    }

    @Test
    void the_consultant_sees_the_editors_check_in_with_its_history_chart() {
        var made = fixtures.objective(customer, 1, 3);
        loginAs(customer.editor());
        openQuarter(made);
        RowButtons.click(keyResultRows().getFirst(), RowButtons.CHECK_IN);
        type(_get(TextField.class, spec -> spec.withId("check-in-value")), "180");
        type(_get(TextField.class, spec -> spec.withId("check-in-comment")), "Kampanjen virket");
        _click(button("save"));
        closeBrowser();

        loginAs(customer.consultant());
        UI.getCurrent().navigate("key-results/" + made.keyResult().value());
        assertThat(currentView()).isEqualTo(KeyResultView.class);
        assertThat(_get(Span.class, spec -> spec.withId("current-value")).getText()).isEqualTo("180\u00a0besøk");
        var chart = _get(Component.class, spec -> spec.withClasses("chart-box")).getChildren().findFirst().orElseThrow()
                .getElement().getProperty("innerHTML");
        assertThat(chart).contains("chart-line").contains("<circle");
        @SuppressWarnings("unchecked")
        Grid<no.ambisjon.okr.CheckInEntry> history = _get(Grid.class, spec -> spec.withId("history"));
        assertThat(history.getGenericDataView().getItems().toList()).hasSize(4).first()
                .satisfies(latest -> {
                    assertThat(latest.value()).isEqualByComparingTo("180");
                    assertThat(latest.comment()).isEqualTo("Kampanjen virket");
                    assertThat(latest.author()).isEqualTo(customer.editorName());
                });
    }

    @Test
    void a_viewer_sees_the_numbers_and_comments_but_nothing_to_edit_with() {
        var made = fixtures.objective(customer, 2, 1);
        loginAs(customer.viewer());
        openQuarter(made);
        assertThat(keyResultRows()).hasSize(2);
        assertThat(keyResultRows()).noneMatch(RowButtons::any);
        assertThat(_find(Button.class, spec -> spec.withClasses("edit-objective"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("new-objective"))).isEmpty();

        UI.getCurrent().navigate("key-results/" + made.keyResult().value());
        assertThat(_find(Button.class, spec -> spec.withId("check-in"))).isEmpty();
        type(_get(TextArea.class, spec -> spec.withId("comment-text")), "Flott utvikling!");
        _click(button("comment-send"));
        assertThat(_find(Component.class, spec -> spec.withClasses("comment")))
                .singleElement().satisfies(c -> assertThat(rowText(c)).contains(customer.viewerName(), "Flott utvikling!"));
    }

    @Test
    void everyone_who_sees_the_quarter_may_download_it_as_csv_or_excel() {
        var made = fixtures.objective(customer, 1, 1);
        for (var user : List.of(customer.viewer(), customer.consultant())) {
            loginAs(user);
            openQuarter(made);
            for (var id : List.of("export-csv", "export-xlsx")) {
                var link = _get(Anchor.class, spec -> spec.withId(id));
                assertThat(link.getHref()).as(id).isNotBlank();
                assertThat(link.getTitle()).isPresent();
            }
        }
    }

    @Test
    void a_new_objective_without_a_title_is_refused_at_the_field_and_keeps_the_rest() {
        var made = fixtures.objective(customer, 0, 0);
        loginAs(customer.consultant());
        openQuarter(made);
        _click(button("new-objective"));
        type(_get(TextArea.class, spec -> spec.withId("objective-description")), "Mer salg i Trøndelag");
        _click(button("save"));

        var title = _get(TextField.class, spec -> spec.withId("objective-title"));
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Dette feltet må fylles ut");
        assertThat(_get(TextArea.class, spec -> spec.withId("objective-description")).getValue())
                .isEqualTo("Mer salg i Trøndelag");
        assertThat(_find(Dialog.class)).hasSize(1);

        type(title, "Testkunden vokser i Trøndelag");
        _click(button("save"));
        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(_find(Component.class, spec -> spec.withClasses("objective-card"))).hasSize(2);
    }

    @Test
    void editing_an_objective_someone_else_just_saved_says_so_and_keeps_what_was_typed() {
        var made = fixtures.objective(customer, 0, 0);
        loginAs(customer.consultant());
        openQuarter(made);
        _click(_get(Button.class, spec -> spec.withClasses("edit-objective")));
        type(_get(TextField.class, spec -> spec.withId("objective-title")), "Karis nye tittel");

        var version = queries.objective(made.objective()).objective().version();
        signIn.as(customer.editor());
        objectives.update(made.objective(), version, OkrFixtures.objectiveForm("Ingrids tittel"));
        signIn.as(customer.consultant());

        _click(button("save"));
        assertThat(_find(Dialog.class)).hasSize(1);
        assertThat(rowText(_get(Component.class, spec -> spec.withClasses("form-problem"))))
                .startsWith("Noen andre har lagret endringer her mens du skrev.");
        assertThat(_get(TextField.class, spec -> spec.withId("objective-title")).getValue()).isEqualTo("Karis nye tittel");
        assertThat(queries.objective(made.objective()).objective().title()).isEqualTo("Ingrids tittel");
    }

    @Test
    void a_guide_template_fills_in_the_key_result() {
        var made = fixtures.objective(customer, 0, 0);
        loginAs(customer.editor());
        openQuarter(made);
        _click(_get(Button.class, spec -> spec.withClasses("add-key-result")));
        @SuppressWarnings("unchecked")
        ComboBox<KeyResultTemplate> template = _get(ComboBox.class, spec -> spec.withId("key-result-template"));
        type(template, KeyResultTemplate.REVENUE);

        assertThat(_get(TextField.class, spec -> spec.withId("key-result-title")).getValue())
                .isEqualTo("Omsetning fra nettbutikken");
        assertThat(_get(Select.class, spec -> spec.withId("key-result-category")).getValue()).isEqualTo(Category.MONEY);
        assertThat(_get(Select.class, spec -> spec.withId("key-result-measure")).getValue()).isEqualTo(Measure.MONEY);

        type(_get(TextField.class, spec -> spec.withId("key-result-start")), "100000");
        type(_get(TextField.class, spec -> spec.withId("key-result-target")), "250000");
        _click(button("save"));
        assertThat(rowText(keyResultRows().getFirst())).contains("Omsetning fra nettbutikken", "100 000 av 250 000 kr");
    }

    @Test
    void a_title_that_looks_like_markup_shows_as_text() {
        var made = fixtures.objective(customer, 0, 0);
        loginAs(customer.consultant());
        openQuarter(made);
        _click(_get(Button.class, spec -> spec.withClasses("add-key-result")));
        type(_get(TextField.class, spec -> spec.withId("key-result-title")), "<img src=x onerror=alert(1)> & \"mer\"");
        type(_get(TextField.class, spec -> spec.withId("key-result-start")), "1");
        type(_get(TextField.class, spec -> spec.withId("key-result-target")), "2");
        _click(button("save"));

        var row = keyResultRows().getFirst();
        assertThat(rowText(row)).contains("<img src=x onerror=alert(1)> & \"mer\"");
        var markup = row.getElement().getChildren().map(e -> e.getProperty("innerHTML", "")).reduce("", String::concat);
        assertThat(markup).contains("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;mer&quot;").doesNotContain("<img");
    }

    @Test
    void a_target_below_the_start_makes_a_lower_is_better_key_result() {
        var made = fixtures.objective(customer, 0, 0);
        loginAs(customer.consultant());
        openQuarter(made);
        _click(_get(Button.class, spec -> spec.withClasses("add-key-result")));
        type(_get(TextField.class, spec -> spec.withId("key-result-title")), "Andel returer");
        type(_get(Select.class, spec -> spec.withId("key-result-measure")), Measure.PERCENT);
        type(_get(TextField.class, spec -> spec.withId("key-result-start")), "12");
        type(_get(TextField.class, spec -> spec.withId("key-result-target")), "8");
        _click(button("save"));

        RowButtons.click(keyResultRows().getFirst(), RowButtons.CHECK_IN);
        type(_get(TextField.class, spec -> spec.withId("check-in-value")), "10");
        _click(button("save"));
        assertThat(rowText(keyResultRows().getFirst())).contains("10 av 8 %", "50 %");
    }

    @Test
    void archiving_a_key_result_takes_it_off_the_page() {
        var made = fixtures.objective(customer, 2, 0);
        loginAs(customer.consultant());
        openQuarter(made);
        RowButtons.click(keyResultRows().getFirst(), RowButtons.ARCHIVE);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(keyResultRows()).hasSize(1);
        assertThat(rowText(keyResultRows().getFirst())).contains("Nøkkelresultat 2");
    }

    @Test
    void chosen_objectives_are_copied_to_the_next_quarter_from_what_each_key_result_reached_and_periods_are_marked() {
        var made = fixtures.objective(customer, 2, 3);
        signIn.onAnotherDevice(customer.consultant(), () -> {
            var card = queries.objective(made.objective()).objective();
            var form = card.toForm();
            form.setTitle("Testkunde får flere bestillinger i sommerferien");
            objectives.update(made.objective(), card.version(), form);
        });
        loginAs(customer.consultant());
        openQuarter(made);
        _click(button("copy-to-next-quarter"));
        CheckboxGroup<ObjectiveCard> choice = _get(CheckboxGroup.class, spec -> spec.withId("copy-choice"));
        assertThat(choice.getListDataView().getItems().map(choice.getItemLabelGenerator()).map(l -> l.replace('\u00a0', ' ')))
                .containsExactly("Testkunde får flere bestillinger i sommerferien (ikke nådd: 3 %) · nevner «sommerferien»:"
                        + " se over teksten etter kopieringen");
        _click(button("copy-confirm"));

        var next = made.quarter().next();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters()
                .getSingleParameter("quarter")).contains(next.toString());
        assertThat(keyResultRows()).hasSize(2).allSatisfy(row ->
                assertThat(rowText(row)).contains("103 av 200 besøk", "Ikke sjekket inn"));
        assertThat(rowText(_get(Component.class, spec -> spec.withClasses("objective-card")))).contains("Utkast");
    }

    @Test
    void another_customers_objective_or_key_result_in_the_address_is_not_found() {
        var made = fixtures.objective(customer, 1, 1);
        var other = testCustomers.create();
        for (var outsider : List.of(other.editor(), other.viewer(), other.consultant())) {
            loginAs(outsider);
            UI.getCurrent().navigate("key-results/" + made.keyResult().value());
            assertThat(currentView()).as(outsider).isEqualTo(NotFoundView.class);
            UI.getCurrent().navigate("objectives/" + made.objective().value());
            assertThat(currentView()).as(outsider).isEqualTo(NotFoundView.class);
            UI.getCurrent().navigate("objectives/not-a-number");
            assertThat(currentView()).as(outsider).isEqualTo(NotFoundView.class);
            UI.getCurrent().navigate("customers/" + customer.slug());
            assertThat(currentView()).as(outsider).isEqualTo(NotFoundView.class);
            assertThat(UI.getCurrent().getElement().getTextRecursively()).doesNotContain("Testmål", customer.name());
            closeBrowser();
        }
    }

    @Test
    void a_quarter_without_objectives_tells_an_editor_what_to_do_and_a_viewer_what_to_expect() {
        loginAs(customer.editor());
        UI.getCurrent().navigate("customers/" + customer.slug(), QueryParameters.of("quarter", "2099-Q1"));
        assertThat(rowText(_get(Component.class, spec -> spec.withClasses("empty-state"))))
                .contains("Ingen mål for 1. kvartal 2099 ennå", "Start med én kort setning");
        assertThat(_get(Button.class, spec -> spec.withId("new-objective-first")).isVisible()).isTrue();
        _click(_get(Button.class, spec -> spec.withId("new-objective-first")));
        assertThat(_find(Dialog.class)).hasSize(1);
        closeBrowser();
        loginAs(customer.viewer());
        UI.getCurrent().navigate("customers/" + customer.slug(), QueryParameters.of("quarter", "2099-Q1"));
        assertThat(rowText(_get(Component.class, spec -> spec.withClasses("empty-state"))))
                .contains("Når byrået og " + customer.name() + " har satt mål");
        assertThat(_find(Button.class, spec -> spec.withId("new-objective-first"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("new-objective"))).isEmpty();
    }
}
