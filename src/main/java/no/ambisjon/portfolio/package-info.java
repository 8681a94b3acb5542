/** The agency's overview of every customer it may see, and the home page. */
@ApplicationModule(displayName = "Agency overview", allowedDependencies = {"base", "base :: i18n", "base :: ui",
        "customer", "security", "coach", "okr", "okr :: widgets", "meeting", "admin :: pages"})
package no.ambisjon.portfolio;

import org.springframework.modulith.ApplicationModule;
