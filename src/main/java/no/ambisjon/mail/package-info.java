/**
 * E-mail: every mail is written to the outbox in the transaction of what caused it, then sent by one
 * node through the configured SMTP server, or kept for an admin to read when there is none. Weekly
 * check-in reminders, the minutes to a meeting's attendees, and one-time links to set a password or to sign in.
 */
@ApplicationModule(displayName = "E-mail", allowedDependencies = {"base", "base :: change", "base :: domain",
        "base :: i18n", "base :: ui", "customer", "security", "okr", "okr :: widgets", "meeting"})
package no.ambisjon.mail;

import org.springframework.modulith.ApplicationModule;
