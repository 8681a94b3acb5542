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
import java.util.ArrayList;
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
import org.junit.jupiter.params.provider.ValueSource;
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
    org.springframework.jdbc.core.JdbcTemplate jdbc;
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
        return cells(text.substring(1), separator.charAt(0));
    }

    /** The rows of a CSV text as a spreadsheet reads them (RFC 4180), split at {@code separator}. */
    private static List<String[]> cells(String text, char separator) {
        var rows = new ArrayList<String[]>();
        var row = new ArrayList<String>();
        var cell = new StringBuilder();
        var quoted = false;
        for (int i = 0; i < text.length(); i++) {
            var c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append(c);
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == separator) {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row.toArray(String[]::new));
                row.clear();
            } else {
                cell.append(c);
            }
        }
        if (!cell.isEmpty() || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row.toArray(String[]::new));
        }
        return rows;
    }

    /**
     * Whether a spreadsheet would run {@code cell} as a formula: it starts with one of = + - @, a tab,
     * a carriage return or a null character, after any blanks and double quotes; a single quote makes
     * the rest text, and a number as we write it is no formula.
     */
    private static boolean runsAsFormula(String cell) {
        if (cell.strip().matches("-?\\d+([.,]\\d+)?")) {
            return false;
        }
        var start = 0;
        while (start < cell.length() && (cell.charAt(start) == ' ' || cell.charAt(start) == '\u00a0'
                || cell.charAt(start) == '"')) {
            start++;
        }
        return start < cell.length() && "=+-@\t\r\0".indexOf(cell.charAt(start)) >= 0;
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
            assertThat(row[13]).as("the standing, as every screen shows it").isEqualTo(switch (kr.standing()) {
                case ON_TRACK -> "I rute";
                case AT_RISK -> "Usikker";
                case NEEDS_ATTENTION -> "Trenger oppfølging";
                case NOT_CHECKED_IN -> "Ikke sjekket inn ennå";
            });
            if (kr.latest() != null) {
                assertThat(row[15]).isEqualTo(kr.latest().at().atZone(java.time.ZoneId.of("Europe/Oslo")).toLocalDate().toString());
                assertThat(row[16]).isEqualTo(kr.latest().author());
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
                assertThat(cells[13] + " / " + cells[14]).matches("(On track|At risk|Needs attention|Not checked in yet) / (On track|At risk|Off track|)"));
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
                assertThat(row.getCell(15).getLocalDateTimeCellValue().toLocalDate()).isBeforeOrEqualTo(LocalDate.of(2026, 11, 18));
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

    /** What a user typed to make a spreadsheet run something, in each place the export shows text. */
    private CustomerId aCustomerWithFormulasInItsTexts() {
        var customer = testCustomers.create();
        signIn.as(customer.editor());
        var objective = objectives.create(customer.id(), NOW, objectiveForm("=2+2"));
        var form = keyResult("+cmd|' /C calc'!A0", "0", "10.5");
        form.setUnit("\"-1+1");
        var kr = keyResults.add(objective, form);
        // A name from before owners were people, kept as it was typed.
        jdbc.update("update key_result set owner = ? where id = ?", "\u00a0@SUM(A1:A9)", kr.value());
        var checkIn = checkIn("-5", Confidence.OFF_TRACK);
        checkIn.setComment("=1+1\t@A1");
        keyResults.checkIn(kr, checkIn);
        var other = keyResults.add(objective, keyResult("a;=2+2", "0", "10"));
        var afterBreaks = checkIn("1", Confidence.AT_RISK);
        afterBreaks.setComment("b,=3+3 c; @SUM(1) d\t+4 e\r\n-5+cmd f;\"=6 g,\0=7");
        keyResults.checkIn(other, afterBreaks);
        return customer.id();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nb-NO", "en"})
    void a_cell_that_starts_a_formula_is_defused_whatever_the_separator(String language) {
        var customerId = aCustomerWithFormulasInItsTexts();
        var locale = Locale.forLanguageTag(language);
        var separator = language.equals("en") ? "," : ";";

        var rows = csvLines(exports.csv(customerId, NOW, locale), separator);

        var formula = rows.stream().filter(cells -> cells[3].contains("cmd|")).findFirst().orElseThrow();
        assertThat(formula[0]).isEqualTo("'=2+2");
        assertThat(formula[3]).isEqualTo("'+cmd|' /C calc'!A0");
        assertThat(formula[5]).isEqualTo("'\u00a0@SUM(A1:A9)");
        assertThat(formula[9]).isEqualTo("'\"-1+1");
        assertThat(formula[17]).isEqualTo("'=1+1\t'@A1");
        assertThat(formula[8]).as("a negative number we write is a number").isEqualTo("-5");
        assertThat(formula[7]).as("and so is a decimal").isEqualTo(language.equals("en") ? "10.5" : "10,5");
        assertThat(rows).as("no cell runs as a formula").allSatisfy(cells ->
                assertThat(cells).noneMatch(OkrExportTest::runsAsFormula));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nb-NO", "en"})
    void no_cell_starts_a_formula_when_the_file_is_opened_with_another_separator(String language) {
        var customerId = aCustomerWithFormulasInItsTexts();
        var file = exports.csv(customerId, NOW, Locale.forLanguageTag(language));
        var text = new String(file.content(), StandardCharsets.UTF_8).substring(1);

        for (var separator : List.of(',', ';', '\t')) {
            assertThat(cells(text, separator)).as("read with the separator %s", separator).allSatisfy(cells ->
                    assertThat(cells).noneMatch(OkrExportTest::runsAsFormula));
            var split = text.split("[\r\n" + (separator == '\t' ? "\\t" : separator) + "]", -1);
            assertThat(split).as("split at every %s and line break, quotes and all", separator)
                    .noneMatch(OkrExportTest::runsAsFormula);
        }
        assertThat(text).as("the texts are still there").contains("a;'=2+2", "b,'=3+3", "c;' @SUM(1)", "d\t'+4",
                "e\r\n'-5+cmd", "f;'\"\"=6", "g,'=7");
    }

    @Test
    void the_workbook_keeps_what_users_typed_as_text_that_stays_text_when_edited() throws IOException {
        var customerId = aCustomerWithFormulasInItsTexts();
        var content = exports.xlsx(customerId, NOW, NB).content();

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            var sheet = workbook.getSheetAt(0);
            for (var row : sheet) {
                for (var cell : row) {
                    assertThat(cell.getCellType()).as(cell.getAddress().formatAsString()).isNotEqualTo(CellType.FORMULA);
                }
            }
            var formula = java.util.stream.StreamSupport.stream(sheet.spliterator(), false)
                    .filter(row -> row.getCell(3).getStringCellValue().contains("cmd|")).findFirst().orElseThrow();
            assertThat(formula.getCell(0).getStringCellValue()).as("as typed, without a mark").isEqualTo("=2+2");
            for (var column : new int[] {0, 3, 5, 9, 17}) {
                assertThat(formula.getCell(column).getCellType()).isEqualTo(CellType.STRING);
                assertThat(formula.getCell(column).getCellStyle().getQuotePrefixed())
                        .as("column %d stays text when someone edits it in Excel", column).isTrue();
            }
            assertThat(formula.getCell(8).getNumericCellValue()).isEqualTo(-5);
        }
        try (var zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(content))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().startsWith("xl/worksheets/")) {
                    assertThat(new String(zip.readAllBytes(), StandardCharsets.UTF_8)).as(entry.getName())
                            .doesNotContain("<f>", "<f ");
                }
            }
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
