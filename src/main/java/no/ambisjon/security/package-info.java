/**
 * Who is signed in and what they may do: login, roles, lock-out, passwords, the user's own account,
 * and the administration of users. Its views ({@code ui}) are a named interface for the app shell.
 */
@ApplicationModule(displayName = "Security and accounts",
        allowedDependencies = {"base", "base :: change", "base :: domain", "base :: i18n", "base :: ui"})
package no.ambisjon.security;

import org.springframework.modulith.ApplicationModule;
