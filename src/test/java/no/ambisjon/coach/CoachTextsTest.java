package no.ambisjon.coach;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.ambisjon.base.i18n.Language;
import no.ambisjon.base.i18n.Translations;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every question and every message the coach can give reads in both languages. */
class CoachTextsTest {

    private final Translations translations = new Translations();
    private final Coach coach = new Coach(CoachSettings.DEFAULTS, Map.of("MONEY", List.of("REVENUE")));

    @ParameterizedTest
    @EnumSource(Language.class)
    void every_finding_has_a_question_and_a_message_in_each_language(Language language) {
        var krs = List.of(new CoachInput.KeyResultFacts("Nyhetsbrev", "ACTIVITY", "NUMBER", BigDecimal.TEN,
                BigDecimal.TEN));
        var inputs = List.of(
                new CoachInput("", "Fjellsport AS", List.of(), null, LocalDate.of(2026, 11, 18), List.of(), Set.of()),
                new CoachInput("Fjellsport vokser. Mye.", "Fjellsport AS", List.of(), LocalDate.of(2026, 9, 30),
                        LocalDate.of(2026, 11, 18), krs, Set.of()),
                new CoachInput("Flere kunder", "Fjellsport AS", List.of(), LocalDate.of(2026, 12, 31),
                        LocalDate.of(2026, 11, 18), krs, Set.of(CheckId.O2, CheckId.K4)));
        for (var input : inputs) {
            for (var finding : coach.review(input)) {
                var question = translations.getTranslation(finding.questionKey(), language.locale());
                var message = translations.getTranslation(finding.messageKey(), language.locale(),
                        finding.args().toArray());
                assertThat(question).as(finding.questionKey()).doesNotStartWith("!").endsWith("?");
                assertThat(message).as(finding.messageKey()).doesNotStartWith("!").doesNotContain("{0}");
            }
        }
    }
}
