package no.ambisjon.mail;

import java.util.ArrayList;
import no.ambisjon.base.change.ChangeKind;
import no.ambisjon.base.i18n.Translations;
import no.ambisjon.base.ui.TimeText;
import no.ambisjon.meeting.MeetingChange;
import no.ambisjon.meeting.MeetingDetail;
import no.ambisjon.meeting.MeetingId;
import no.ambisjon.meeting.MeetingQueryService;
import no.ambisjon.meeting.MinutesPdf;
import no.ambisjon.security.Person;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a meeting closes, its attendees with a login who may still see the customer get the minutes,
 * each in their own language, with the PDF; written in the transaction that closes the meeting.
 */
@Component
class MinutesMail {

    private final MeetingQueryService meetings;
    private final Outbox outbox;
    private final Translations translations;
    private final MailSettings settings;

    MinutesMail(MeetingQueryService meetings, Outbox outbox, Translations translations, MailSettings settings) {
        this.meetings = meetings;
        this.outbox = outbox;
        this.translations = translations;
        this.settings = settings;
    }

    @EventListener
    void on(MeetingChange change) {
        if (change.kind() != ChangeKind.MEETING_CLOSED) {
            return;
        }
        var closed = meetings.minutesToSend(new MeetingId(change.meetingId()));
        closed.attendees().forEach(person -> outbox.queue(mail(person, closed.meeting())));
    }

    private Mail mail(Person person, MeetingDetail meeting) {
        var texts = new MailTexts(translations, person);
        var format = texts.format();
        var minutes = meeting.minutes();
        var when = TimeText.format(meeting.scheduledAt(), texts.locale());
        var subject = texts.get("mail.minutes.subject", meeting.customer().name(), when);
        var body = new MailBody()
                .paragraph(texts.get("mail.greeting", person.displayName()))
                .paragraph(texts.get("mail.minutes.intro", meeting.customer().name(), when, minutes.closedBy()));
        if (!minutes.lines().isEmpty()) {
            body.paragraph(texts.get("mail.minutes.key-results"));
            body.items(minutes.lines().stream().map(line -> texts.get("mail.minutes.line", line.title(),
                    format.value(line.measure(), line.value(), line.unit()), format.share(line.progress()))).toList());
        }
        if (!meeting.decisions().isEmpty()) {
            body.paragraph(texts.get("meeting.decisions"));
            body.items(meeting.decisions().stream().map(d -> d.text()).toList());
        }
        if (!meeting.actions().isEmpty()) {
            body.paragraph(texts.get("meeting.actions"));
            body.items(meeting.actions().stream().map(action -> {
                var parts = new ArrayList<String>();
                parts.add(action.text());
                if (action.owner() != null) {
                    parts.add(action.owner().name());
                }
                if (action.due() != null) {
                    parts.add(texts.get("meeting.action.due", TimeText.date(action.due(), texts.locale())));
                }
                return String.join(" · ", parts);
            }).toList());
        }
        body.action(texts.get("mail.minutes.action"), settings.link("/meetings/" + meeting.id().value()))
                .footnote(texts.get("mail.minutes.footnote"), null);
        var pdf = new MinutesPdf(texts::get, texts.locale());
        return new Mail(MailKind.MINUTES, person, meeting.customer().id().value(), subject, body, null,
                pdf.fileName(meeting), pdf.write(meeting));
    }
}
