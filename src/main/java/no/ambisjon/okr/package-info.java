/**
 * A customer's OKRs: quarters, objectives, key results, check-ins, comments and how they stand. The
 * pieces of its screens that other modules show (progress, confidence, trend, the check-in dialog)
 * are the named interface {@code widgets}.
 */
@ApplicationModule(displayName = "OKRs", allowedDependencies = {"base", "base :: change", "base :: domain",
        "base :: i18n", "base :: ui", "customer", "security", "coach", "live"})
package no.ambisjon.okr;

import org.springframework.modulith.ApplicationModule;
