package no.ambisjon.okr;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An objective's evaluation at the end of its quarter, or the proposal for one.
 *
 * @param version   the stored evaluation's version; -1 for a proposal not saved yet
 * @param open      whether it may be written now: the quarter's last two weeks or after, and not closed
 * @param grade     the objective's grade, the mean of its key results'
 * @param closedAt  when it was closed and frozen, or {@code null}
 */
public record Evaluation(ObjectiveId objective, long version, boolean open, List<KeyResultGrade> grades,
                         BigDecimal grade, String worked, String changeNext, Instant closedAt, String closedBy)
        implements Serializable {

    public boolean closed() {
        return closedAt != null;
    }

    /** A key result's grade: what its progress suggests, what was given, and why when they differ. */
    public record KeyResultGrade(KeyResultId keyResult, String title, double progress, BigDecimal suggested,
                                 BigDecimal grade, String reason) implements Serializable {

        public boolean adjusted() {
            return grade.compareTo(suggested) != 0;
        }
    }

    /** What an editor gives: a grade and perhaps a reason per key result, and the retrospective. */
    public record Input(Map<KeyResultId, Given> grades, String worked, String changeNext)
            implements Serializable {
    }

    public record Given(BigDecimal grade, String reason) implements Serializable {
    }
}
