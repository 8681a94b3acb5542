package no.ambisjon.meeting;

import java.io.Serializable;
import java.math.BigDecimal;
import no.ambisjon.okr.KeyResultLine;

/**
 * What moved in a key result since the customer's previous closed meeting, measured against the
 * value and progress frozen in that meeting's minutes.
 *
 * @param valueBefore    its value in the previous minutes
 * @param valueChange    the value now less the value then
 * @param progressPoints the progress now less the progress then, in percentage points
 * @param checkIns       the check-ins made since the previous meeting closed
 */
public record KeyResultSince(BigDecimal valueBefore, BigDecimal valueChange, int progressPoints, int checkIns)
        implements Serializable {

    static KeyResultSince of(BigDecimal valueBefore, double progressBefore, KeyResultLine now, int checkIns) {
        return new KeyResultSince(valueBefore, now.current().subtract(valueBefore).stripTrailingZeros(),
                (int) Math.round((now.progress() - progressBefore) * 100), checkIns);
    }

    public boolean moved() {
        return valueChange.signum() != 0;
    }
}
