/** The administration pages: customers, users and the audit log. Admins only. */
@ApplicationModule(displayName = "Administration", allowedDependencies = {"base", "base :: change", "base :: ui",
        "base :: i18n", "customer", "security", "audit"})
package no.ambisjon.admin;

import org.springframework.modulith.ApplicationModule;
