package no.ambisjon.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import no.ambisjon.base.change.ChangeKind;
import no.ambisjon.base.change.Changes;
import no.ambisjon.base.ui.TimeText;
import no.ambisjon.customer.CustomerService;
import no.ambisjon.okr.KeyResultLine;
import no.ambisjon.okr.ObjectiveStatus;
import no.ambisjon.okr.OkrQueryService;
import no.ambisjon.okr.Quarter;
import no.ambisjon.security.People;
import no.ambisjon.security.Person;
import no.ambisjon.security.ReadsOnBehalf;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The weekly check-in reminder: to each customer's editors and consultants who want it, one mail per
 * customer listing the key results of active objectives they may check in on that have had no
 * check-in for {@link #STALE} (none this quarter counts from its first day). Nothing is sent when
 * nothing waits. Each mail is composed on its recipient's behalf ({@link ReadsOnBehalf}), so it holds
 * only what they may see; then the week is claimed and the mails written in one transaction, so each
 * week's reminders are written once, on one node, however many run.
 */
@Component
class CheckInReminders {

    static final String JOB = "check-in-reminders";
    static final Duration STALE = Duration.ofDays(7);
    private static final Logger log = LoggerFactory.getLogger(CheckInReminders.class);

    private final MailSettings settings;
    private final ReminderMail reminder;
    private final People people;
    private final ReadsOnBehalf reads;
    private final CustomerService customers;
    private final OkrQueryService okrs;
    private final ScheduledRuns runs;
    private final Outbox outbox;
    private final Changes changes;
    private final Clock clock;
    private final TransactionTemplate writing;

    CheckInReminders(MailSettings settings, ReminderMail reminder, People people, ReadsOnBehalf reads,
                     CustomerService customers, OkrQueryService okrs, ScheduledRuns runs, Outbox outbox,
                     Changes changes, Clock clock, PlatformTransactionManager transactions) {
        this.settings = settings;
        this.reminder = reminder;
        this.people = people;
        this.reads = reads;
        this.customers = customers;
        this.okrs = okrs;
        this.runs = runs;
        this.outbox = outbox;
        this.changes = changes;
        this.clock = clock;
        this.writing = new TransactionTemplate(transactions);
    }

    /** The day of the latest time the reminders were due, at or before now, e.g. Monday 30 November. */
    LocalDate latestDue() {
        var now = clock.instant().atZone(TimeText.ZONE);
        var due = now.toLocalDate().with(TemporalAdjusters.previousOrSame(settings.reminders().day()))
                .atTime(settings.reminders().time()).atZone(TimeText.ZONE);
        return (due.isAfter(now) ? due.minusWeeks(1) : due).toLocalDate();
    }

    /**
     * Writes the reminders of the latest due time unless they have been written: after a restart, or
     * on a node that was down at the time, the week's reminders still go out once.
     *
     * @return how many mails this call wrote; 0 when the week's were written before, here or elsewhere
     */
    int runIfDue() {
        var week = latestDue().toString();
        if (runs.ran(JOB, week)) {
            return 0;
        }
        var mails = compose();
        try {
            writing.executeWithoutResult(status -> {
                runs.claim(JOB, week, mails.size() + " mails");
                mails.forEach(outbox::queue);
                changes.record(new MailChange(ChangeKind.REMINDERS_RUN, null, null, week + ": " + mails.size()));
            });
        } catch (DataAccessException e) {
            log.info("The check-in reminders of {} were written elsewhere meanwhile", week);
            return 0;
        }
        return mails.size();
    }

    private List<Mail> compose() {
        var mails = new ArrayList<Mail>();
        people.withCheckInReminders().stream().filter(person -> person.role().isRemindedToCheckIn())
                .forEach(person -> reads.as(person.id(), () -> remindersFor(person)).ifPresent(mails::addAll));
        return mails;
    }

    /** On the person's behalf: one mail for each of their customers where something waits for them. */
    private List<Mail> remindersFor(Person person) {
        var quarter = okrs.currentQuarter();
        var staleBefore = clock.instant().minus(STALE);
        var mails = new ArrayList<Mail>();
        for (var customer : customers.visibleCustomers()) {
            if (!okrs.permissions(customer.id()).edit()) {
                continue;
            }
            var waiting = okrs.plan(customer.id(), quarter).objectives().stream()
                    .filter(objective -> objective.status() == ObjectiveStatus.ACTIVE)
                    .flatMap(objective -> objective.keyResults().stream())
                    .filter(kr -> lastCheckIn(kr, quarter).isBefore(staleBefore)).toList();
            if (!waiting.isEmpty()) {
                mails.add(reminder.to(person, customer, waiting));
            }
        }
        return mails;
    }

    private static Instant lastCheckIn(KeyResultLine kr, Quarter quarter) {
        return kr.latest() != null ? kr.latest().at() : quarter.firstDay().atStartOfDay(TimeText.ZONE).toInstant();
    }
}
