package no.ambisjon.mail;

import no.ambisjon.base.NotFoundException;
import no.ambisjon.mail.domain.OutgoingMail;
import no.ambisjon.mail.domain.OutgoingMailRepository;
import no.ambisjon.mail.domain.ScheduledRun;
import no.ambisjon.mail.domain.ScheduledRunRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place the mail module looks rows up by id. No tenant to check: the outbox is read by
 * admins only ({@link OutboxService}), and a scheduled run is nobody's data.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class MailLoader {

    private final OutgoingMailRepository mails;
    private final ScheduledRunRepository runs;

    MailLoader(OutgoingMailRepository mails, ScheduledRunRepository runs) {
        this.mails = mails;
        this.runs = runs;
    }

    OutgoingMail mail(long id) {
        return mails.findById(id).orElseThrow(NotFoundException::new);
    }

    boolean ran(String job, String period) {
        return runs.existsById(new ScheduledRun.Key(job, period));
    }
}
