/** The two languages, and every text from the nb and en bundles. */
@NamedInterface("i18n")
package no.ambisjon.base.i18n;

import org.springframework.modulith.NamedInterface;
