package no.ambisjon.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * When the mail jobs run, on every node: each is safe to run anywhere at once, since the outbox's
 * rows and the weekly runs are claimed in the database. They start a minute after the application,
 * once the demo data (if any) is in.
 */
@Component
class MailSchedule {

    private static final Logger log = LoggerFactory.getLogger(MailSchedule.class);

    private final OutboxDelivery delivery;
    private final CheckInReminders reminders;

    MailSchedule(OutboxDelivery delivery, CheckInReminders reminders) {
        this.delivery = delivery;
        this.reminders = reminders;
    }

    @Scheduled(initialDelayString = "${ambisjon.mail.first-run-delay:60s}",
            fixedDelayString = "${ambisjon.mail.delivery-interval:15s}")
    void deliver() {
        var sent = delivery.due().stream().filter(delivery::deliver).count();
        if (sent > 0) {
            log.info("Sent {} mails", sent);
        }
    }

    @Scheduled(initialDelayString = "${ambisjon.mail.first-run-delay:60s}", fixedDelayString = "1m")
    void remind() {
        var written = reminders.runIfDue();
        if (written > 0) {
            log.info("Wrote {} check-in reminders", written);
        }
    }
}
