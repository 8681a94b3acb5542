package no.ambisjon.okr;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import no.ambisjon.coach.CheckId;
import no.ambisjon.coach.Coach;
import no.ambisjon.coach.CoachInput;
import no.ambisjon.coach.CoachSettings;
import no.ambisjon.coach.Finding;
import no.ambisjon.customer.CustomerSummary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The guide's coach applied to an objective of this application, with the thresholds from settings. */
@Component
public class ObjectiveCoach {

    private final Coach coach;

    ObjectiveCoach(@Value("${ambisjon.coach.max-title-words:14}") int maxTitleWords,
                   @Value("${ambisjon.coach.max-title-length:100}") int maxTitleLength,
                   @Value("${ambisjon.coach.small-change:0.10}") double smallChange) {
        this.coach = new Coach(new CoachSettings(maxTitleWords, maxTitleLength, smallChange),
                Arrays.stream(KeyResultTemplate.values()).collect(groupingBy(t -> t.category().name(),
                        mapping(Enum::name, toList()))));
    }

    public List<Finding> review(CoachInput input) {
        return coach.review(input);
    }

    public static CoachInput input(String title, CustomerSummary customer, Quarter quarter, LocalDate today,
                                   List<CoachInput.KeyResultFacts> keyResults, Set<CheckId> confirmed) {
        return input(title, customer, quarter, today, keyResults, confirmed, false);
    }

    /** @param evaluated the objective's evaluation is closed */
    public static CoachInput input(String title, CustomerSummary customer, Quarter quarter, LocalDate today,
                                   List<CoachInput.KeyResultFacts> keyResults, Set<CheckId> confirmed, boolean evaluated) {
        return new CoachInput(title, customer.name(), customer.shortNames(),
                quarter == null ? null : quarter.lastDay(), today, keyResults, confirmed, evaluated);
    }

    public static List<CoachInput.KeyResultFacts> facts(List<KeyResultLine> keyResults) {
        return keyResults.stream().map(kr -> new CoachInput.KeyResultFacts(kr.title(), kr.category().name(),
                kr.measure().name(), kr.start(), kr.target())).toList();
    }
}
