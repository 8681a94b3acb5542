package no.ambisjon.coach;

import static no.ambisjon.coach.FindingStatus.NEEDS_ATTENTION;
import static no.ambisjon.coach.FindingStatus.PASSED;
import static no.ambisjon.coach.FindingStatus.TO_CONFIRM;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.ambisjon.coach.CoachInput.KeyResultFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CoachTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 18);
    private static final LocalDate END_OF_Q4 = LocalDate.of(2026, 12, 31);
    private static final Map<String, List<String>> EXAMPLES = Map.of(
            "VOLUME", List.of("TRAFFIC"), "MONEY", List.of("REVENUE", "LEADS"), "QUALITY", List.of("REVIEWS"));
    private final Coach coach = new Coach(CoachSettings.DEFAULTS, EXAMPLES);

    private static KeyResultFacts kr(String title, String category, String measure, String start, String target) {
        return new KeyResultFacts(title, category, measure, new BigDecimal(start), new BigDecimal(target));
    }

    private static final List<KeyResultFacts> BALANCED = List.of(
            kr("Besøk", "VOLUME", "NUMBER", "40000", "60000"),
            kr("Omsetning", "MONEY", "MONEY", "1200000", "1800000"),
            kr("Andel returer", "QUALITY", "PERCENT", "12", "8"));

    private static CoachInput input(String title, List<KeyResultFacts> krs, Set<CheckId> confirmed) {
        return new CoachInput(title, "Fjellsport AS", List.of(), END_OF_Q4, TODAY, krs, confirmed);
    }

    private List<Finding> review(String title) {
        return coach.review(input(title, BALANCED, Set.of()));
    }

    private static Finding finding(List<Finding> findings, CheckId check) {
        return findings.stream().filter(f -> f.check() == check).findFirst().orElseThrow();
    }

    private Finding o1(String customer, List<String> shortNames, String title) {
        return finding(coach.review(new CoachInput(title, customer, shortNames, END_OF_Q4, TODAY, BALANCED, Set.of())),
                CheckId.O1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Fjellsport AS blir førstevalget i Midt-Norge", "fjellsport blir førstevalget",
            "FJELLSPORT: flere kunder", "Fjellsports kunder kommer tilbake", "Flere handler hos «Fjellsport»!"})
    void o1_finds_the_customers_name_without_its_company_form_in_any_case_and_punctuation(String title) {
        assertThat(o1("Fjellsport AS", List.of(), title).status()).isEqualTo(PASSED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Flere kunder i Midt-Norge", "Fjellsportsbutikken vokser", "Fjell og sport for alle"})
    void o1_needs_attention_when_the_name_is_missing_and_suggests_it(String title) {
        var finding = o1("Fjellsport AS", List.of(), title);
        assertThat(finding.status()).isEqualTo(NEEDS_ATTENTION);
        assertThat(finding.messageKey()).isEqualTo("coach.O1.attention");
        assertThat(finding.args()).containsExactly("Fjellsport");
    }

    @Test
    void o1_knows_norwegian_letters_and_short_names() {
        assertThat(o1("Ås Økogård", List.of("Økogården"), "ÅS ØKOGÅRD når flere familier").status()).isEqualTo(PASSED);
        assertThat(o1("Ås Økogård", List.of("Økogården"), "Økogården når flere familier").status()).isEqualTo(PASSED);
        assertThat(o1("Ås Økogård", List.of("Økogården"), "As Okogard når flere").status()).isEqualTo(NEEDS_ATTENTION);
        // é written as e + combining accent is the same letter
        assertThat(o1("Bølgen Kafé", List.of(), "Bølgen Kafe\u0301 fyller kafeen").status()).isEqualTo(PASSED);
        assertThat(o1("Bølgen Kafé", List.of("Bølgen"), "Fyll kafeen").args()).containsExactly("Bølgen");
    }

    @Test
    void the_questions_only_the_user_can_answer_wait_for_a_yes() {
        var open = review("Fjellsport blir førstevalget");
        for (var check : List.of(CheckId.O2, CheckId.O3, CheckId.O4, CheckId.O5, CheckId.K4, CheckId.K5)) {
            assertThat(finding(open, check).status()).as(check.name()).isEqualTo(TO_CONFIRM);
        }
        var answered = coach.review(input("Fjellsport blir førstevalget", BALANCED,
                EnumSet.of(CheckId.O2, CheckId.O3, CheckId.O4, CheckId.O5, CheckId.K4, CheckId.K5)));
        assertThat(answered).allSatisfy(f -> assertThat(f.status()).as(f.check().name()).isEqualTo(PASSED));
        assertThat(Coach.score(answered)).isEqualTo(new Coach.Score(11, 11));
        assertThat(Coach.score(open)).isEqualTo(new Coach.Score(5, 11));
    }

    @Test
    void o3_shows_the_ambition_of_the_key_results_as_a_hint() {
        var o3 = finding(review("Fjellsport blir førstevalget"), CheckId.O3);
        assertThat(o3.messageKey()).isEqualTo("coach.O3.confirm.ambition");
        // 50 %, 50 % and 33 % (lower is better) from their starts
        assertThat(o3.args()).containsExactly(44L);
    }

    @Test
    void o5_needs_a_quarter_and_a_yes_while_it_runs() {
        var none = new CoachInput("Fjellsport", "Fjellsport AS", List.of(), null, TODAY, BALANCED, Set.of(CheckId.O5));
        assertThat(finding(coach.review(none), CheckId.O5).status()).isEqualTo(NEEDS_ATTENTION);
        var lastDay = new CoachInput("Fjellsport", "Fjellsport AS", List.of(), TODAY, TODAY, BALANCED, Set.of());
        assertThat(finding(coach.review(lastDay), CheckId.O5)).satisfies(f -> {
            assertThat(f.status()).isEqualTo(TO_CONFIRM);
            assertThat(f.answerable()).isTrue();
        });
    }

    @Test
    void a_past_quarters_objective_is_neither_told_to_move_nor_asked_nor_offered_key_results() {
        var endOfQ3 = LocalDate.of(2026, 9, 30);
        var onlyVolume = List.of(kr("Besøk", "VOLUME", "NUMBER", "100", "200"));
        var past = coach.review(new CoachInput("Fjellsport blir størst", "Fjellsport AS", List.of(), endOfQ3, TODAY,
                onlyVolume, Set.of(CheckId.O2)));

        assertThat(finding(past, CheckId.O5)).satisfies(f -> {
            assertThat(f.status()).isNotEqualTo(NEEDS_ATTENTION);
            assertThat(f.messageKey()).isEqualTo("coach.unanswered");
        });
        assertThat(finding(past, CheckId.O2).status()).as("answered while it ran").isEqualTo(PASSED);
        assertThat(past).noneMatch(Finding::answerable);
        assertThat(finding(past, CheckId.K2)).satisfies(f -> {
            assertThat(f.messageKey()).isEqualTo("coach.K2.missing");
            assertThat(f.suggestions()).isEmpty();
        });

        var evaluated = coach.review(new CoachInput("Fjellsport blir størst", "Fjellsport AS", List.of(), END_OF_Q4,
                TODAY, onlyVolume, Set.of(), true));
        assertThat(evaluated).noneMatch(Finding::answerable);
        assertThat(finding(evaluated, CheckId.K2).suggestions()).as("a closed evaluation is history too").isEmpty();
    }

    @Test
    void o6_counts_neither_a_date_as_a_sentence_end_nor_a_dash_as_a_word() {
        var dated = finding(review("Fjellsport selger 500 telt innen 15. desember"), CheckId.O6);
        assertThat(dated.messageKey()).isEqualTo("coach.O6.passed");
        assertThat(dated.args()).containsExactly(7);
        var dashed = finding(review("Fjellsport – førstevalget på nett"), CheckId.O6);
        assertThat(dashed.args()).containsExactly(4);
        assertThat(finding(review("Fjellsport - førstevalget - på nett"), CheckId.O6).args()).containsExactly(4);
        assertThat(finding(review("Fjellsport vokser. Og blir lønnsom."), CheckId.O6).messageKey())
                .isEqualTo("coach.O6.one-sentence");
    }

    @Test
    void k3_to_k5_have_nothing_to_judge_without_key_results() {
        var empty = coach.review(input("Fjellsport blir størst", List.of(), Set.of()));
        for (var check : List.of(CheckId.K3, CheckId.K4, CheckId.K5)) {
            assertThat(finding(empty, check)).as(check.name()).satisfies(f -> {
                assertThat(f.status()).isEqualTo(NEEDS_ATTENTION);
                assertThat(f.messageKey()).isEqualTo("coach.no-key-results");
                assertThat(f.answerable()).isFalse();
            });
        }
    }

    @Test
    void k3_a_title_that_tells_of_something_done_is_an_activity_whatever_its_category() {
        var krs = new ArrayList<>(BALANCED);
        krs.add(kr("Antall e-poster sendt", "VOLUME", "NUMBER", "0", "20000"));
        krs.add(kr("Webinars hosted", "QUALITY", "NUMBER", "0", "3"));
        krs.add(kr("Solgte telt", "VOLUME", "NUMBER", "350", "600"));
        var findings = coach.review(input("Fjellsport", krs, Set.of()));
        assertThat(findings.stream().filter(f -> f.check() == CheckId.K3))
                .extracting(f -> f.args().getFirst()).containsExactly("Antall e-poster sendt", "Webinars hosted");
    }

    @Test
    void o6_wants_one_short_sentence_and_only_warns() {
        assertThat(finding(review("Fjellsport blir førstevalget for turutstyr på nett"), CheckId.O6).status())
                .isEqualTo(PASSED);
        var long_ = finding(review("Fjellsport skal i løpet av dette kvartalet bli det aller mest naturlige førstevalget "
                + "for alle som kjøper turutstyr på nett i hele Midt-Norge"), CheckId.O6);
        assertThat(long_.status()).isEqualTo(NEEDS_ATTENTION);
        assertThat(long_.messageKey()).isEqualTo("coach.O6.too-long");
        assertThat(finding(review("Fjellsport vokser. Og blir lønnsom."), CheckId.O6).messageKey())
                .isEqualTo("coach.O6.one-sentence");
        assertThat(finding(review("  "), CheckId.O6).messageKey()).isEqualTo("coach.O6.empty");
    }

    @Test
    void k1_wants_a_target_that_differs_from_the_start_or_a_yes_no_measure() {
        var krs = new ArrayList<>(BALANCED);
        krs.add(kr("Lansert ny nettbutikk", "ACTIVITY", "YES_NO", "0", "1"));
        assertThat(finding(coach.review(input("Fjellsport", krs, Set.of())), CheckId.K1).status()).isEqualTo(PASSED);
        krs.add(kr("Like mange besøk", "VOLUME", "NUMBER", "500", "500"));
        var k1 = finding(coach.review(input("Fjellsport", krs, Set.of())), CheckId.K1);
        assertThat(k1.status()).isEqualTo(NEEDS_ATTENTION);
        assertThat(k1.args()).containsExactly("Like mange besøk");
        assertThat(finding(coach.review(input("Fjellsport", List.of(), Set.of())), CheckId.K1).messageKey())
                .isEqualTo("coach.K1.none");
    }

    @Test
    void k2_names_the_missing_categories_and_offers_the_guides_examples() {
        var onlyVolume = List.of(kr("Besøk", "VOLUME", "NUMBER", "100", "200"), kr("E-poster", "VOLUME", "NUMBER", "1", "4"));
        var k2 = finding(coach.review(input("Fjellsport", onlyVolume, Set.of())), CheckId.K2);
        assertThat(k2.status()).isEqualTo(NEEDS_ATTENTION);
        assertThat(k2.args()).containsExactly("MONEY", "QUALITY");
        assertThat(k2.suggestions()).containsExactly("REVENUE", "LEADS", "REVIEWS");
        assertThat(finding(review("Fjellsport"), CheckId.K2).status()).isEqualTo(PASSED);
    }

    @Test
    void k3_warns_once_per_activity_but_allows_it() {
        var krs = new ArrayList<>(BALANCED);
        krs.add(kr("To nyhetsbrev i uka", "ACTIVITY", "NUMBER", "0", "24"));
        krs.add(kr("Ett triademøte i uka", "ACTIVITY", "NUMBER", "0", "12"));
        var findings = coach.review(input("Fjellsport", krs, Set.of()));
        assertThat(findings.stream().filter(f -> f.check() == CheckId.K3))
                .extracting(f -> f.args().getFirst()).containsExactly("To nyhetsbrev i uka", "Ett triademøte i uka");
        assertThat(findings.stream().filter(f -> f.check() == CheckId.K3)).allMatch(f -> f.status() == NEEDS_ATTENTION);
        assertThat(finding(review("Fjellsport"), CheckId.K3).status()).isEqualTo(PASSED);
    }

    @Test
    void k4_asks_about_targets_that_barely_move_in_either_direction() {
        var timid = List.of(kr("Besøk", "VOLUME", "NUMBER", "1000", "1050"),
                kr("Kostnad per lead", "MONEY", "MONEY", "400", "380"),
                kr("Andel returer", "QUALITY", "PERCENT", "12", "8"));
        var k4 = finding(coach.review(input("Fjellsport", timid, Set.of())), CheckId.K4);
        assertThat(k4.status()).isEqualTo(TO_CONFIRM);
        assertThat(k4.messageKey()).isEqualTo("coach.K4.small");
        assertThat(k4.args()).containsExactly("Besøk, Kostnad per lead", 10L);
        assertThat(finding(review("Fjellsport"), CheckId.K4).messageKey()).isEqualTo("coach.K4.confirm");
        assertThat(finding(coach.review(input("Fjellsport", timid, Set.of(CheckId.K4))), CheckId.K4).status())
                .isEqualTo(PASSED);
    }

    @Test
    void a_confirmation_is_about_what_it_confirmed() {
        var before = input("Fjellsport blir førstevalget", BALANCED, Set.of());
        var recased = input("FJELLSPORT blir førstevalget!", BALANCED, Set.of());
        var reworded = input("Fjellsport blir størst", BALANCED, Set.of());
        var newTarget = input("Fjellsport blir førstevalget",
                List.of(BALANCED.get(0), BALANCED.get(1), kr("Andel returer", "QUALITY", "PERCENT", "12", "6")), Set.of());

        assertThat(Coach.fingerprint(CheckId.O2, recased)).isEqualTo(Coach.fingerprint(CheckId.O2, before));
        assertThat(Coach.fingerprint(CheckId.O2, reworded)).isNotEqualTo(Coach.fingerprint(CheckId.O2, before));
        assertThat(Coach.fingerprint(CheckId.O2, newTarget)).isEqualTo(Coach.fingerprint(CheckId.O2, before));
        assertThat(Coach.fingerprint(CheckId.K4, newTarget)).isNotEqualTo(Coach.fingerprint(CheckId.K4, before));
        assertThat(Coach.fingerprint(CheckId.K4, reworded)).isEqualTo(Coach.fingerprint(CheckId.K4, before));
    }
}
