package no.ambisjon.portfolio;

import java.time.Clock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import no.ambisjon.meeting.MeetingOutlook;
import no.ambisjon.meeting.MeetingQueryService;
import no.ambisjon.okr.KeyResultLine;
import no.ambisjon.okr.ObjectiveCard;
import no.ambisjon.okr.OkrQueryService;
import no.ambisjon.okr.Progress;
import no.ambisjon.okr.Quarter;
import no.ambisjon.okr.QuarterPlan;
import no.ambisjon.okr.Standing;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The agency's view of all its customers at once: one read however many customers there are. */
@Service
@PreAuthorize("hasAnyRole('ADMIN', 'CONSULTANT')")
@Transactional(readOnly = true)
public class PortfolioService {

    private final OkrQueryService okrs;
    private final MeetingQueryService meetings;
    private final Clock clock;

    PortfolioService(OkrQueryService okrs, MeetingQueryService meetings, Clock clock) {
        this.okrs = okrs;
        this.meetings = meetings;
        this.clock = clock;
    }

    /** Every customer the user may see, for the current quarter, in alphabetical order. */
    public List<CustomerStanding> overview() {
        var quarter = okrs.currentQuarter();
        var plans = okrs.plans(quarter);
        var customerIds = plans.stream().map(plan -> plan.customer().id()).toList();
        var outlook = meetings.outlook(customerIds);
        var lastQuarter = okrs.quarterGrades(customerIds, quarter.previous());
        var today = LocalDate.now(clock);
        return plans.stream().map(plan -> standing(plan,
                outlook.getOrDefault(plan.customer().id(), MeetingOutlook.NONE), lastQuarter.get(plan.customer().id()),
                today)).toList();
    }

    public Quarter quarter() {
        return okrs.currentQuarter();
    }

    private CustomerStanding standing(QuarterPlan plan, MeetingOutlook outlook, BigDecimal lastQuarterGrade,
                                      LocalDate today) {
        var keyResults = plan.objectives().stream().flatMap(o -> o.keyResults().stream()).toList();
        var lastCheckIn = keyResults.stream().map(KeyResultLine::latest).filter(Objects::nonNull)
                .map(latest -> latest.at()).max(Comparator.naturalOrder()).orElse(null);
        var days = lastCheckIn == null ? null
                : (int) ChronoUnit.DAYS.between(lastCheckIn.atZone(clock.getZone()).toLocalDate(), today);
        var behind = (int) keyResults.stream().filter(KeyResultLine::behind).count();
        var needingAttention = (int) keyResults.stream().filter(kr -> kr.standing() == Standing.NEEDS_ATTENTION).count();
        var progress = Progress.mean(plan.objectives().stream().map(ObjectiveCard::progress).toList());
        return new CustomerStanding(plan.customer(), plan.objectives().size(), keyResults.size(), progress,
                plan.expected(), behind, needingAttention, lastCheckIn, days,
                (int) plan.objectives().stream().filter(o -> o.score().complete()).count(),
                outlook.nextMeeting(), outlook.openActions(), lastQuarterGrade);
    }
}
