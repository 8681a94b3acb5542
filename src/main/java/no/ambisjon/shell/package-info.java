/** The frame around every page: the theme, push, the menu and the "not found" pages. It may use every module. */
@ApplicationModule(displayName = "App shell", allowedDependencies = {"base", "base :: ui", "security",
        "security :: ui", "portfolio :: pages"})
package no.ambisjon.shell;

import org.springframework.modulith.ApplicationModule;
