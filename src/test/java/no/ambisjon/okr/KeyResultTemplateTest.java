package no.ambisjon.okr;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.ambisjon.base.i18n.Language;
import no.ambisjon.base.i18n.Translations;
import no.ambisjon.coach.CheckId;
import no.ambisjon.coach.CoachInput;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The guide's examples the coach suggests are key results, not activities (K3), as the coach itself judges. */
class KeyResultTemplateTest {

    private final ObjectiveCoach coach = new ObjectiveCoach(14, 100, 0.10);
    private final Translations translations = new Translations();

    @ParameterizedTest
    @EnumSource(Language.class)
    void no_suggestion_is_an_activity(Language language) {
        for (var template : KeyResultTemplate.values()) {
            var title = translations.getTranslation(template.titleKey(), language.locale());
            var facts = new CoachInput.KeyResultFacts(title, template.category().name(), template.measure().name(),
                    BigDecimal.ONE, BigDecimal.TEN);
            var k3 = coach.review(new CoachInput("Fjellsport vokser", "Fjellsport AS", List.of(),
                    LocalDate.of(2026, 12, 31), LocalDate.of(2026, 11, 18), List.of(facts), Set.of()))
                    .stream().filter(f -> f.check() == CheckId.K3).toList();
            assertThat(k3).as(title).singleElement().satisfies(finding -> assertThat(finding.passed()).isTrue());
            assertThat(template.category()).as(title).isNotEqualTo(Category.ACTIVITY);
        }
    }
}
