package no.ambisjon.audit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static no.ambisjon.demo.DemoData.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.ambisjon.KaribuTest;
import no.ambisjon.TestCustomers;
import no.ambisjon.WebLogins;
import no.ambisjon.base.change.ChangeKind;
import no.ambisjon.okr.Confidence;
import no.ambisjon.okr.KeyResultService;
import no.ambisjon.okr.OkrFixtures;
import no.ambisjon.security.UserAdminService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Reading the audit log: what an admin finds with the filters, page by page, and that no one else reads it. */
class AuditLogTest extends KaribuTest {

    /** The tests' fixed clock. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 18);

    @Autowired
    AuditService audit;
    @Autowired
    OkrFixtures okr;
    @Autowired
    KeyResultService keyResults;
    @Autowired
    UserAdminService users;
    @Autowired
    WebLogins web;
    @Autowired
    TestCustomers testCustomers;

    private List<AuditRow> all(AuditFilter filter) {
        return audit.search(filter, 0, 1000);
    }

    @Test
    void an_admin_narrows_the_log_by_customer_user_kind_and_date() {
        var customer = testCustomers.create();
        var fjellsport = okr.objective(customer, 1, 2);
        var bolgen = okr.objective(testCustomers.create(), 1, 1);
        signIn.as(customer.editor());
        keyResults.checkIn(fjellsport.keyResult(), OkrFixtures.checkIn("150", Confidence.AT_RISK));
        var fjellsportId = fjellsport.customer().value();

        signIn.as(ADMIN);
        assertThat(all(new AuditFilter(fjellsportId, null, null, null, null)))
                .isNotEmpty().allSatisfy(row -> assertThat(row.customerId()).isEqualTo(fjellsportId))
                .extracting(AuditRow::subject).anyMatch(subject -> subject.contains(fjellsport.title()))
                .noneMatch(subject -> subject.contains(bolgen.title()));

        var typed = customer.editor().substring(0, customer.editor().indexOf('@') + 1).toUpperCase();
        var editorsCheckIns = all(new AuditFilter(fjellsportId, typed, ChangeKind.CHECK_IN, TODAY, TODAY));
        assertThat(editorsCheckIns).singleElement().satisfies(row -> {
            assertThat(row.actor()).isEqualTo(customer.editor());
            assertThat(row.kind()).isEqualTo(ChangeKind.CHECK_IN);
            assertThat(row.subject()).contains("150");
        });
        assertThat(audit.count(new AuditFilter(fjellsportId, null, null, TODAY.plusDays(1), null)))
                .as("nothing after today").isZero();
        assertThat(audit.count(new AuditFilter(fjellsportId, null, null, null, TODAY.minusDays(1))))
                .as("the test entries are all of today").isLessThan(audit.count(new AuditFilter(fjellsportId,
                        null, null, null, null)));
    }

    @Test
    void the_log_comes_a_page_at_a_time_newest_first() {
        okr.objective(testCustomers.create(), 3, 1);
        testCustomers.create();
        signIn.as(ADMIN);
        var filter = new AuditFilter(null, ADMIN, null, null, null);
        var total = audit.count(filter);
        assertThat(total).isGreaterThanOrEqualTo(7);
        var first = audit.search(filter, 0, 3);
        var second = audit.search(filter, 3, 3);
        assertThat(first).hasSize(3);
        assertThat(second).hasSize(3);
        assertThat(first).extracting(AuditRow::id).doesNotContainAnyElementsOf(second.stream().map(AuditRow::id).toList());
        var ids = all(filter).stream().map(AuditRow::id).toList();
        assertThat(ids.subList(0, 6)).containsExactlyElementsOf(
                java.util.stream.Stream.concat(first.stream(), second.stream()).map(AuditRow::id).toList());
        assertThat(ids).as("newest first").isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_audit_page_says_in_words_why_logins_failed_and_from_where_the_account_is_locked() throws Exception {
        var username = testCustomers.consultant();
        var address = WebLogins.newAddress();
        for (int i = 0; i < 5; i++) {
            web.login(username, "feil-passord-" + i, address);
        }
        var typed = "et-passord-i-feil-felt-" + UUID.randomUUID();
        web.login(typed, "noe", address);

        loginAs(ADMIN);
        navigate("admin/audit");
        Grid<AuditRow> grid = _get(Grid.class, spec -> spec.withId("audit"));
        type(_get(TextField.class, spec -> spec.withId("audit-actor")), username);
        var shown = rows(grid);
        assertThat(shown).hasSize(7);
        assertThat(shown.getLast()).as("the password chosen with the invitation").contains("Passord valgt med lenke");
        assertThat(shown.getFirst()).contains("Konto sperret", "Sperret etter gjentatte feil fra " + address);
        assertThat(shown.subList(1, 6)).allSatisfy(row -> assertThat(row)
                .contains("Mislykket innlogging", "Feil passord, fra " + address));

        type(_get(TextField.class, spec -> spec.withId("audit-actor")), "unknown");
        assertThat(rows(grid).getFirst()).contains("Ukjent bruker (", "Ukjent bruker, fra " + address)
                .doesNotContain(typed);
    }

    private static List<String> rows(Grid<AuditRow> grid) {
        return java.util.stream.IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> String.join(" | ", GridKt._getFormattedRow(grid, i))).toList();
    }

    @Test
    void no_one_but_an_admin_reads_the_log_not_even_about_their_own_customer() {
        var customer = testCustomers.create();
        var made = okr.objective(customer, 1, 0);
        for (var user : List.of(customer.consultant(), customer.editor(), customer.viewer(), testCustomers.consultant())) {
            signIn.as(user);
            var own = new AuditFilter(made.customer().value(), null, null, null, null);
            assertThatThrownBy(() -> audit.search(own, 0, 50)).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> audit.count(AuditFilter.NONE)).as(user).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_audit_page_filters_as_the_admin_chooses() {
        var testCustomer = testCustomers.create();
        var fjellsport = okr.objective(testCustomer, 2, 1);
        loginAs(ADMIN);
        navigate("admin/audit");
        ComboBox<Long> customer = _get(ComboBox.class, spec -> spec.withId("audit-customer"));
        ComboBox<ChangeKind> kind = _get(ComboBox.class, spec -> spec.withId("audit-kind"));
        type(customer, fjellsport.customer().value());
        type(kind, ChangeKind.KEY_RESULT_ADDED);
        type(_get(TextField.class, spec -> spec.withId("audit-actor")), "konsulent");

        Grid<AuditRow> grid = _get(Grid.class, spec -> spec.withId("audit"));
        List<AuditRow> rows = GridKt._fetch(grid, 0, GridKt._size(grid));
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.customerId()).isEqualTo(fjellsport.customer().value());
            assertThat(row.kind()).isEqualTo(ChangeKind.KEY_RESULT_ADDED);
        });
        assertThat(rows).hasSize(2);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("Nøkkelresultat lagt til", testCustomer.name(),
                testCustomer.consultant());
        assertThat(_get(Span.class, spec -> spec.withId("audit-total")).getText())
                .isEqualTo(rows.size() + " hendelser");
    }
}
