package no.ambisjon.portfolio;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import no.ambisjon.customer.CustomerSummary;
import no.ambisjon.okr.Standing;

/**
 * How one customer stands this quarter, as the agency overview shows it.
 *
 * @param progress          the mean progress of the quarter's objectives (0 without objectives)
 * @param expected          where progress should be by now
 * @param behind            key results behind the expected line ({@link no.ambisjon.okr.Progress#behind})
 * @param needingAttention  key results that need attention: behind, or off track as their owners say
 * @param lastCheckIn       the latest check-in on the quarter's key results, or {@code null}
 * @param daysSinceCheckIn  days since then, or {@code null} without check-ins
 * @param guideMet          the objectives that answer every one of the coach's questions well
 * @param nextMeeting       the next planned triad meeting, or {@code null}
 * @param lastQuarterGrade  the previous quarter's grade, the mean of its closed evaluations, or {@code null}
 */
public record CustomerStanding(CustomerSummary customer, int objectives, int keyResults, double progress,
                               double expected, int behind, int needingAttention, Instant lastCheckIn, Integer daysSinceCheckIn,
                               int guideMet, Instant nextMeeting, int openActions,
                               BigDecimal lastQuarterGrade)
        implements Serializable {

    /** Without a check-in for this long, a customer's OKRs are going stale. */
    public static final int STALE_AFTER_DAYS = 14;

    /** No check-in for more than two weeks, or none at all while there are key results to check in on. */
    public boolean stale() {
        return daysSinceCheckIn == null ? keyResults > 0 : daysSinceCheckIn > STALE_AFTER_DAYS;
    }

    /** Something to follow up: stale, or key results that need attention. */
    public boolean needsAttention() {
        return stale() || needingAttention > 0;
    }

    /** All key results together; a customer without objectives has none to stand by. */
    public Standing standing() {
        return Standing.ofMany(progress, expected, needingAttention);
    }
}
