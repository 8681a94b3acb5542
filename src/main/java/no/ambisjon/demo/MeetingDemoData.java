package no.ambisjon.demo;

import no.ambisjon.base.ui.TimeText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import no.ambisjon.meeting.domain.ActionItem;
import no.ambisjon.meeting.domain.ActionItemRepository;
import no.ambisjon.meeting.domain.AgendaItem;
import no.ambisjon.meeting.domain.AgendaItemRepository;
import no.ambisjon.meeting.domain.Decision;
import no.ambisjon.meeting.domain.DecisionRepository;
import no.ambisjon.meeting.domain.FrozenAction;
import no.ambisjon.meeting.domain.FrozenDecision;
import no.ambisjon.meeting.domain.FrozenLine;
import no.ambisjon.meeting.domain.FrozenMinutes;
import no.ambisjon.meeting.domain.FrozenMinutesRepository;
import no.ambisjon.meeting.domain.Meeting;
import no.ambisjon.meeting.domain.MeetingRepository;
import no.ambisjon.okr.Confidence;
import no.ambisjon.okr.Progress;
import no.ambisjon.okr.Quarter;
import no.ambisjon.okr.domain.CheckIn;
import no.ambisjon.okr.domain.CheckInRepository;
import no.ambisjon.okr.domain.KeyResult;
import no.ambisjon.okr.domain.KeyResultRepository;
import no.ambisjon.okr.domain.ObjectiveRepository;
import no.ambisjon.security.domain.UserAccount;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Each demo customer had a triad meeting last week (closed, with frozen minutes) and has one planned next week. */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class MeetingDemoData {


    private final MeetingRepository meetings;
    private final AgendaItemRepository agenda;
    private final DecisionRepository decisions;
    private final ActionItemRepository actions;
    private final FrozenMinutesRepository minutes;
    private final ObjectiveRepository objectives;
    private final KeyResultRepository keyResults;
    private final CheckInRepository checkIns;
    private final LocalDate today;

    MeetingDemoData(MeetingRepository meetings, AgendaItemRepository agenda, DecisionRepository decisions,
                    ActionItemRepository actions, FrozenMinutesRepository minutes, ObjectiveRepository objectives,
                    KeyResultRepository keyResults, CheckInRepository checkIns, Clock clock) {
        this.meetings = meetings;
        this.agenda = agenda;
        this.decisions = decisions;
        this.actions = actions;
        this.minutes = minutes;
        this.objectives = objectives;
        this.keyResults = keyResults;
        this.checkIns = checkIns;
        this.today = LocalDate.now(clock);
    }

    void add(long customerId, UserAccount consultant, UserAccount customerContact, UserAccount accountLead,
             List<String> notes, List<String> decided, List<String> todo) {
        var contact = customerContact.getDisplayName();
        var attendees = contact + ", " + consultant.getDisplayName() + ", " + accountLead.getDisplayName();
        var attendeeIds = Set.of(customerContact.getId(), consultant.getId(), accountLead.getId());
        var held = today.minusDays(7);
        var last = meetings.save(new Meeting(customerId, at(held), attendees, attendeeIds));
        var quarter = Quarter.of(held);
        last.start(quarter.year(), quarter.number());
        var found = objectives.findForQuarter(customerId, quarter.year(), quarter.number());
        var objectiveTitles = new HashMap<Long, String>();
        found.forEach(o -> objectiveTitles.put(o.getId(), o.getTitle()));
        var krs = keyResults.findByObjectiveIdInAndArchivedFalseOrderById(found.stream().map(o -> o.getId()).toList());
        var history = checkIns.findByKeyResultIdInOrderByCheckedInAtAscIdAsc(krs.stream().map(KeyResult::getId).toList());
        var lines = new ArrayList<FrozenLine>();
        for (var kr : krs) {
            var item = new AgendaItem(last.getId(), customerId, kr.getId(), lines.size());
            var note = lines.size() < notes.size() ? notes.get(lines.size()) : null;
            item.note(note);
            agenda.save(item);
            var latest = history.stream().filter(c -> c.getKeyResultId() == kr.getId())
                    .filter(c -> !c.getCheckedInAt().isAfter(at(held))).reduce((first, second) -> second);
            var value = latest.map(CheckIn::getValue).orElse(kr.getStartValue());
            var progress = Progress.of(kr.getMeasure(), kr.getDirection(), kr.getStartValue(), kr.getTargetValue(), value);
            lines.add(new FrozenLine(kr.getId(), objectiveTitles.get(kr.getObjectiveId()), kr.getTitle(), kr.getMeasure(),
                    kr.getUnit(), kr.getDirection(), kr.getStartValue(), kr.getTargetValue(), value, share(progress),
                    latest.map(CheckIn::getConfidence).orElse(Confidence.ON_TRACK), note,
                    Stream.of(consultant, customerContact, accountLead).filter(u -> u.getId().equals(kr.getOwnerId()))
                            .map(UserAccount::getDisplayName).findFirst().orElse(null), kr.getOwnerId()));
        }
        var decidedAt = at(held).plusSeconds(1800);
        decided.forEach(text -> decisions.save(new Decision(last.getId(), customerId, text, consultant.getDisplayName())));
        var frozenActions = new ArrayList<FrozenAction>();
        for (int i = 0; i < todo.size(); i++) {
            var owner = i == 0 ? customerContact : consultant;
            var action = new ActionItem(last.getId(), customerId, todo.get(i), owner.getId(), null,
                    today.plusDays(7 + 7L * i));
            action.markDone(i == todo.size() - 1);
            actions.save(action);
            frozenActions.add(new FrozenAction(action.getText(), owner.getDisplayName(), owner.getId(),
                    action.getDueDate(), action.isDone()));
        }
        last.close(at(held).plusSeconds(3600), consultant.getDisplayName());
        minutes.save(new FrozenMinutes(last, quarter, share(Progress.expected(quarter, held)), lines,
                decided.stream().map(text -> new FrozenDecision(text, consultant.getDisplayName(), decidedAt)).toList(),
                frozenActions));

        meetings.save(new Meeting(customerId, at(today.plusDays(7)), attendees, attendeeIds));
    }

    private static BigDecimal share(double share) {
        return BigDecimal.valueOf(share).setScale(4, RoundingMode.HALF_UP);
    }

    private static java.time.Instant at(LocalDate day) {
        return day.atTime(LocalTime.of(10, 0)).atZone(TimeText.ZONE).toInstant();
    }
}
