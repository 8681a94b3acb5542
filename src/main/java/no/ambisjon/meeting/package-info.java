/**
 * Triad meetings: planned, run (agenda, focus, notes, decisions, action items) and closed with
 * their minutes frozen; the console and the shared screen.
 */
@ApplicationModule(displayName = "Triad meetings", allowedDependencies = {"base", "base :: change",
        "base :: domain", "base :: i18n", "base :: ui", "customer", "security", "okr", "okr :: widgets", "live"})
package no.ambisjon.meeting;

import org.springframework.modulith.ApplicationModule;
