package no.ambisjon.portfolio;

import static no.ambisjon.demo.DemoData.ADMIN;
import static no.ambisjon.demo.DemoData.BOLGEN;
import static no.ambisjon.demo.DemoData.FJELLSPORT;
import static no.ambisjon.demo.DemoData.OKOGARD;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import no.ambisjon.IntegrationTest;
import no.ambisjon.SignIn;
import no.ambisjon.okr.export.OkrExportService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Behind" means one thing everywhere: the overview counts exactly the key results that the export
 * marks behind. What the overview follows up besides (off track in the owner's judgement) is
 * "needs attention", a name of its own.
 */
@IntegrationTest
class OneVocabularyTest {

    private static final int BEHIND_COLUMN = 12;

    @Autowired
    PortfolioService portfolio;
    @Autowired
    OkrExportService exports;
    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void for_the_demo_data_the_overview_counts_what_the_export_marks_behind() {
        signIn.as(ADMIN);
        var demo = portfolio.overview().stream()
                .filter(s -> List.of(FJELLSPORT, BOLGEN, OKOGARD).contains(s.customer().slug())).toList();
        assertThat(demo).hasSize(3);
        for (var standing : demo) {
            var csv = new String(exports.csv(standing.customer().id(), portfolio.quarter(), Locale.forLanguageTag("nb-NO"))
                    .content(), StandardCharsets.UTF_8);
            var markedBehind = csv.lines().skip(1).map(line -> line.split(";", -1))
                    .filter(cells -> cells[BEHIND_COLUMN].equals("\"Ja\"")).count();
            assertThat(standing.behind()).as(standing.customer().name()).isEqualTo((int) markedBehind);
            assertThat(standing.needingAttention()).as(standing.customer().name()).isGreaterThanOrEqualTo(standing.behind());
        }
        assertThat(demo).as("the demo has key results behind").anySatisfy(s -> assertThat(s.behind()).isPositive());
    }
}
