package no.ambisjon.mail;

import java.time.DayOfWeek;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * E-mail, from {@code ambisjon.mail.*} (environment {@code AMBISJON_SMTP_*}, {@code AMBISJON_MAIL_FROM},
 * {@code AMBISJON_BASE_URL}, {@code AMBISJON_REMINDER_*}; docs/operations.md).
 *
 * @param baseUrl  the address users open the application at; every link in a mail starts with it
 * @param from     the sender, e.g. {@code Ambisjon <okr@byraa.no>}
 */
@ConfigurationProperties("ambisjon.mail")
public record MailSettings(String baseUrl, String from, Smtp smtp, Reminders reminders) {

    /** How the connection to the SMTP server is protected. */
    public enum Security {
        /** Plain connection upgraded with STARTTLS, which the server must offer (port 587). */
        STARTTLS,
        /** TLS from the first byte (port 465). */
        TLS,
        /** Neither: only for a relay on the same machine or network. */
        NONE
    }

    /** @param host blank: no mail server, and mails stay in the outbox */
    public record Smtp(String host, int port, String username, String password, Security security) {

        public boolean configured() {
            return host != null && !host.isBlank();
        }
    }

    /** The weekly check-in reminders go out on {@code day} at {@code time}, Norwegian time. */
    public record Reminders(DayOfWeek day, LocalTime time) {
    }

    /** {@code path} in the application, as a full address: "/customers/fjellsport" */
    public String link(String path) {
        var base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + path;
    }
}
