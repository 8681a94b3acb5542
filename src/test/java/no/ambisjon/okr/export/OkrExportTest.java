package no.ambisjon.okr.export;

import static no.ambisjon.demo.DemoData.*;
import static no.ambisjon.okr.OkrFixtures.checkIn;
import static no.ambisjon.okr.OkrFixtures.keyResult;
import static no.ambisjon.okr.OkrFixtures.objectiveForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import no.ambisjon.IntegrationTest;
import no.ambisjon.SignIn;
import no.ambisjon.TestCustomers;
import no.ambisjon.base.NotFoundException;
import no.ambisjon.customer.CustomerId;
import no.ambisjon.customer.CustomerService;
import no.ambisjon.okr.Confidence;
import no.ambisjon.okr.KeyResultLine;
import no.ambisjon.okr.KeyResultService;
import no.ambisjon.okr.ObjectiveService;
import no.ambisjon.okr.OkrQueryService;
import no.ambisjon.okr.Quarter;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** A quarter as CSV and XLSX: what is in it, in which language, and who may have it. */
@IntegrationTest
class OkrExportTest {

    private static final Locale NB = Locale.forLanguageTag("nb-NO");
    private static final Quarter NOW = new Quarter(2026, 4);

    @Autowired
    OkrExportService exports;
    @Autowired
    OkrQueryService queries;
    @Autowired
    CustomerService customers;
    @Autowired
    ObjectiveService objectives;
    @Autowired
    KeyResultService keyResults;
    @Autowired
    SignIn signIn;
    @Autowired
    TestCustomers testCustomers;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private CustomerId fjellsport() {
        return customers.getBySlug(FJELLSPORT).id();
    }

    private static List<String[]> csvLines(ExportFile file, String separator) {
        var text = new String(file.content(), StandardCharsets.UTF_8);
        assertThat(text).as("a byte order mark, so that spreadsheets read UTF-8").startsWith("\uFEFF");
        return text.substring(1).lines().map(line -> line.split(separator, -1)).toList();
    }

    @Test
    void the_csv_in_norwegian_has_every_key_result_with_progress_and_its_latest_check_in() {
        signIn.as(FJELLSPORT_VIEWER);
        var plan = queries.plan(fjellsport(), NOW);
        var file = exports.csv(fjellsport(), NOW, NB);

        assertThat(file.fileName()).isEqualTo("okr-fjellsport-2026-q4.csv");
        assertThat(file.contentType()).startsWith("text/csv");
        var lines = csvLines(file, ";");
        assertThat(lines.getFirst()).startsWith("Mål", "Status for målet", "Fremdrift for målet", "Nøkkelresultat");
        var keyResultsInPlan = plan.objectives().stream().flatMap(o -> o.keyResults().stream()).toList();
        assertThat(keyResultsInPlan).isNotEmpty();
        assertThat(lines).hasSize(1 + keyResultsInPlan.size());
        for (KeyResultLine kr : keyResultsInPlan) {
            var row = lines.stream().filter(cells -> cells[3].equals(kr.title())).findFirst().orElseThrow();
            assertThat(row[10]).as("progress in whole percent").isEqualTo(String.valueOf(Math.round(kr.progress() * 100)));
            assertThat(row[12]).isEqualTo(kr.behind() ? "Ja" : "Nei");
            if (kr.latest() != null) {
                assertThat(row[14]).isEqualTo(kr.latest().at().atZone(java.time.ZoneId.of("Europe/Oslo")).toLocalDate().toString());
                assertThat(row[15]).isEqualTo(kr.latest().author());
            }
        }
        assertThat(lines).as("Norwegian decimal commas, never points")
                .allSatisfy(cells -> assertThat(cells[8]).doesNotMatch("\\d+\\.\\d+"));
    }

    @Test
    void the_csv_in_english_uses_commas_and_english_words() {
        signIn.as(KARI);
        var lines = csvLines(exports.csv(fjellsport(), NOW, Locale.ENGLISH), ",");
        assertThat(lines.getFirst()).startsWith("Objective", "Objective status", "Objective progress", "Key result");
        assertThat(lines.subList(1, lines.size())).allSatisfy(cells ->
                assertThat(cells[13]).isIn("On track", "At risk", "Off track"));
    }

    @Test
    void the_workbook_holds_numbers_percentages_and_dates_that_a_spreadsheet_can_calculate_with() throws IOException {
        signIn.as(FJELLSPORT_EDITOR);
        var plan = queries.plan(fjellsport(), NOW);
        var file = exports.xlsx(fjellsport(), NOW, NB);
        assertThat(file.fileName()).isEqualTo("okr-fjellsport-2026-q4.xlsx");

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file.content()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Fjellsport AS · 4. kvartal 2026");
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Nøkkelresultat");
            var first = plan.objectives().getFirst().keyResults().getFirst();
            var row = sheet.getRow(1);
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo(first.title());
            assertThat(row.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(first.target().doubleValue());
            assertThat(row.getCell(10).getNumericCellValue()).isEqualTo(first.progress());
            assertThat(new DataFormatter().formatCellValue(row.getCell(10))).endsWith("%");
            if (first.latest() != null) {
                assertThat(row.getCell(14).getLocalDateTimeCellValue().toLocalDate()).isBeforeOrEqualTo(LocalDate.of(2026, 11, 18));
            }
            var rows = plan.objectives().stream().mapToInt(o -> Math.max(1, o.keyResults().size())).sum();
            assertThat(sheet.getLastRowNum()).isEqualTo(rows);
            assertThat(sheet.getPaneInformation().isFreezePane()).as("the header stays in view").isTrue();
        }
    }

    @Test
    void text_that_looks_like_a_formula_stays_text() throws IOException {
        var customer = testCustomers.create();
        signIn.as(customer.editor());
        var quarter = NOW;
        var objective = objectives.create(customer.id(), quarter, objectiveForm("=HYPERLINK(\"http://x\";\"klikk\")"));
        var kr = keyResults.add(objective, keyResult("@SUM(A1:A9)", "0", "10"));
        var checkIn = checkIn("-3", Confidence.OFF_TRACK);
        checkIn.setComment("+47; \"sitat\"\nny linje");
        keyResults.checkIn(kr, checkIn);

        var lines = new String(exports.csv(customer.id(), quarter, NB).content(), StandardCharsets.UTF_8);
        assertThat(lines).contains("\"'=HYPERLINK(\"\"http://x\"\";\"\"klikk\"\")\"", "'@SUM(A1:A9)",
                "\"'+47; \"\"sitat\"\"\nny linje\"");
        assertThat(lines).as("a negative number is still a number").contains(";-3;");

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(exports.xlsx(customer.id(), quarter, NB).content()))) {
            var title = workbook.getSheetAt(0).getRow(1).getCell(0);
            assertThat(title.getCellType()).isEqualTo(CellType.STRING);
            assertThat(title.getStringCellValue()).startsWith("=HYPERLINK");
        }
    }

    @ParameterizedTest
    @CsvSource({KARI + "," + OKOGARD, OLA + "," + FJELLSPORT, FJELLSPORT_EDITOR + "," + BOLGEN,
            FJELLSPORT_VIEWER + "," + OKOGARD})
    void no_one_exports_a_customer_they_may_not_see(String user, String slug) {
        signIn.as(ADMIN);
        var foreign = customers.getBySlug(slug).id();
        signIn.as(user);
        assertThatThrownBy(() -> exports.csv(foreign, NOW, NB)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> exports.xlsx(foreign, NOW, NB)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> exports.csv(new CustomerId(Long.MAX_VALUE), NOW, NB))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void nothing_is_exported_to_someone_not_signed_in() {
        assertThatThrownBy(() -> exports.csv(fjellsportAsAdmin(), NOW, NB))
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    private CustomerId fjellsportAsAdmin() {
        signIn.as(ADMIN);
        var id = fjellsport();
        signIn.out();
        return id;
    }
}
