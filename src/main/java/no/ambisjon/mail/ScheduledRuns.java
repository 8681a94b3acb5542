package no.ambisjon.mail;

import java.time.Clock;
import no.ambisjon.mail.domain.ScheduledRun;
import no.ambisjon.mail.domain.ScheduledRunRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Which periods of a scheduled job have run, on any node; a period is claimed by one. */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class ScheduledRuns {

    private final ScheduledRunRepository runs;
    private final MailLoader loader;
    private final Clock clock;

    ScheduledRuns(ScheduledRunRepository runs, MailLoader loader, Clock clock) {
        this.runs = runs;
        this.loader = loader;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    boolean ran(String job, String period) {
        return loader.ran(job, period);
    }

    /**
     * Claims the period for this transaction: when another node has claimed it, the insert fails,
     * at once or when that node commits, and this transaction writes nothing.
     *
     * @throws org.springframework.dao.DataIntegrityViolationException when it has been claimed
     */
    void claim(String job, String period, String outcome) {
        runs.saveAndFlush(new ScheduledRun(new ScheduledRun.Key(job, period), clock.instant(), outcome));
    }
}
