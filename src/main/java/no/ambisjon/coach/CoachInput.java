package no.ambisjon.coach;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Everything the coach looks at, as plain values: what is being written and what the user has confirmed.
 *
 * @param quarterLastDay the last day of the objective's quarter, or {@code null} when none is set
 * @param confirmed      the questions the user has answered yes to, for this very content
 * @param evaluated      the objective's evaluation is closed: it is history, like a past quarter's
 */
public record CoachInput(String title, String customerName, List<String> shortNames, LocalDate quarterLastDay,
                         LocalDate today, List<KeyResultFacts> keyResults, Set<CheckId> confirmed, boolean evaluated) {

    public CoachInput(String title, String customerName, List<String> shortNames, LocalDate quarterLastDay,
                      LocalDate today, List<KeyResultFacts> keyResults, Set<CheckId> confirmed) {
        this(title, customerName, shortNames, quarterLastDay, today, keyResults, confirmed, false);
    }

    /**
     * The objective is history: its quarter is over or its evaluation closed. The coach then says how
     * it stood, asks nothing and suggests nothing.
     */
    public boolean settled() {
        return evaluated || quarterLastDay != null && today.isAfter(quarterLastDay);
    }

    /** A key result as the coach sees it. {@code category} and {@code measure} are enum names. */
    public record KeyResultFacts(String title, String category, String measure, BigDecimal start, BigDecimal target) {

        boolean isYesNo() {
            return "YES_NO".equals(measure);
        }

        /** An activity by its category, or by its title: something done (sent, published, held), not achieved. */
        boolean isActivity() {
            return "ACTIVITY".equals(category) || ActivityWords.in(title);
        }
    }
}
