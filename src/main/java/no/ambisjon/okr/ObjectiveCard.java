package no.ambisjon.okr;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import no.ambisjon.security.Owner;
import java.util.Map;
import no.ambisjon.coach.CheckId;
import no.ambisjon.coach.Coach;
import no.ambisjon.coach.Finding;

/**
 * An objective with its key results, as the OKR page shows it, and what the coach says about it.
 *
 * @param confirmations the coach's questions the user has confirmed for the objective as it is now
 * @param grade         its grade once its quarter's evaluation is closed, else {@code null}
 */
public record ObjectiveCard(ObjectiveId id, long version, Quarter quarter, String title, String description,
                            Owner owner, ObjectiveStatus status, double progress, List<KeyResultLine> keyResults,
                            Map<CheckId, Confirmation> confirmations, List<Finding> findings, Coach.Score score,
                            BigDecimal grade)
        implements Serializable {

    /** The objective's key results together, on the day {@code expected} belongs to. */
    public Standing standing(double expected) {
        return Standing.ofMany(progress, expected,
                keyResults.stream().filter(kr -> kr.standing() == Standing.NEEDS_ATTENTION).count());
    }

    /** Not reached: graded under 0.7, or before a grade, its progress under that. */
    public boolean missed() {
        return grade != null ? Grades.outcome(grade) != Grades.Outcome.REACHED : progress < Grades.SUCCESS.doubleValue();
    }

    /** The objective with only the key results {@code userId} owns. */
    public ObjectiveCard onlyOwnedBy(long userId) {
        return new ObjectiveCard(id, version, quarter, title, description, owner, status, progress,
                keyResults.stream().filter(kr -> kr.owner() != null && kr.owner().is(userId)).toList(), confirmations,
                findings, score, grade);
    }

    public ObjectiveForm toForm() {
        var form = new ObjectiveForm();
        form.setTitle(title);
        form.setDescription(description == null ? "" : description);
        form.setOwner(owner);
        form.setStatus(status);
        form.setConfirmed(confirmations.isEmpty() ? EnumSet.noneOf(CheckId.class) : EnumSet.copyOf(confirmations.keySet()));
        return form;
    }
}
