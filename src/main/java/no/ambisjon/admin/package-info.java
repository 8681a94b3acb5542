/** The administration pages: customers, users, the audit log and the outbox. Admins only. */
@ApplicationModule(displayName = "Administration", allowedDependencies = {"base", "base :: change", "base :: ui",
        "base :: i18n", "customer", "security", "audit", "mail"})
package no.ambisjon.admin;

import org.springframework.modulith.ApplicationModule;
