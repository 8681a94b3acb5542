/** The login page, the password page and the language switch, which the app shell shows. */
@NamedInterface("ui")
package no.ambisjon.security.ui;

import org.springframework.modulith.NamedInterface;
