package no.ambisjon.meeting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import no.ambisjon.okr.QuarterPlan;
import no.ambisjon.okr.Standing;

/**
 * The order a meeting takes the quarter's key results in: those that need attention first, then those
 * at risk, then the rest; within each, those that at their pace land short of the target first.
 */
final class AgendaOrder {

    private AgendaOrder() {
    }

    /** The agenda as it would be if the meeting started now. */
    static List<AgendaLine> preview(QuarterPlan plan) {
        var lines = new ArrayList<AgendaLine>();
        for (var objective : plan.objectives()) {
            objective.keyResults().forEach(kr -> lines.add(new AgendaLine(0, kr, objective.title(), null, null)));
        }
        lines.sort(Comparator.<AgendaLine>comparingInt(line -> urgency(line.keyResult().standing()))
                .thenComparing(line -> !line.keyResult().forecastMisses()));
        return List.copyOf(lines);
    }

    private static int urgency(Standing standing) {
        return switch (standing) {
            case NEEDS_ATTENTION -> 0;
            case AT_RISK -> 1;
            case NOT_CHECKED_IN -> 2;
            case ON_TRACK -> 3;
        };
    }
}
