package no.ambisjon.okr;

import no.ambisjon.base.ui.TimeText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.ambisjon.coach.CheckId;
import no.ambisjon.coach.Coach;
import no.ambisjon.coach.Finding;
import no.ambisjon.okr.domain.CheckIn;
import no.ambisjon.okr.domain.KeyResult;
import no.ambisjon.okr.domain.Objective;
import no.ambisjon.security.Owner;

/** Turns entities and their check-ins into the records the UI shows. */
final class KeyResultLines {

    static final int TREND_POINTS = 8;

    private KeyResultLines() {
    }

    /** @param checkIns the key result's check-ins, oldest first */
    /** @param named the owners by id ({@link no.ambisjon.security.People#named}) */
    static KeyResultLine line(KeyResult kr, List<CheckIn> checkIns, Quarter quarter, LocalDate today,
                              Map<Long, Owner> named) {
        var expected = Progress.expected(quarter, today);
        var latest = checkIns.isEmpty() ? null : checkIns.getLast();
        var current = plain(latest == null ? kr.getStartValue() : latest.getValue());
        var progress = Progress.of(kr.getMeasure(), kr.getDirection(), kr.getStartValue(), kr.getTargetValue(), current);
        var behind = Progress.behind(progress, expected);
        var confidence = latest == null ? Confidence.ON_TRACK : latest.getConfidence();
        var trend = new ArrayList<BigDecimal>();
        if (checkIns.size() < TREND_POINTS) {
            trend.add(plain(kr.getStartValue()));
        }
        checkIns.subList(Math.max(0, checkIns.size() - TREND_POINTS), checkIns.size())
                .forEach(c -> trend.add(plain(c.getValue())));
        return new KeyResultLine(new KeyResultId(kr.getId()), kr.getVersion(), new ObjectiveId(kr.getObjectiveId()),
                kr.getTitle(), kr.getCategory(), kr.getMeasure(), plain(kr.getStartValue()), plain(kr.getTargetValue()),
                current,
                kr.getUnit(), kr.getDirection(), Owner.of(kr.getOwnerId(), kr.getGuestOwner(), named),
                confidence, progress, behind, latest == null ? null : entry(latest), List.copyOf(trend),
                forecast(kr, checkIns, quarter, today), Standing.of(latest != null, expected, behind, confidence));
    }

    private static Forecast forecast(KeyResult kr, List<CheckIn> checkIns, Quarter quarter, LocalDate today) {
        var points = checkIns.stream()
                .map(c -> new Forecast.Point(LocalDate.ofInstant(c.getCheckedInAt(), TimeText.ZONE), c.getValue()))
                .filter(p -> !p.day().isBefore(quarter.firstDay()) && !p.day().isAfter(quarter.lastDay()))
                .toList();
        return Forecast.of(kr.getMeasure(), kr.getDirection(), kr.getStartValue(), kr.getTargetValue(), quarter, points,
                today).orElse(null);
    }

    static CheckInEntry entry(CheckIn c) {
        return new CheckInEntry(c.getId(), plain(c.getValue()), c.getConfidence(), c.getComment(), c.getAuthorName(),
                c.getCheckedInAt());
    }

    /** 434 rather than the column's 434.0000, and never 4.34E+2. */
    static BigDecimal plain(BigDecimal value) {
        var stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** @param grade the objective's grade in its closed evaluation, or {@code null} */
    static ObjectiveCard card(Objective o, List<KeyResultLine> lines, Map<CheckId, Confirmation> confirmations,
                              List<Finding> findings, BigDecimal grade, Map<Long, Owner> named) {
        return new ObjectiveCard(new ObjectiveId(o.getId()), o.getVersion(), o.getQuarter(), o.getTitle(),
                o.getDescription(), Owner.of(o.getOwnerId(), o.getGuestOwner(), named), o.getStatus(),
                Progress.mean(lines.stream().map(KeyResultLine::progress).toList()), List.copyOf(lines),
                Map.copyOf(confirmations), findings, Coach.score(findings), grade);
    }
}
