/** User accounts as stored; only the demo data uses them directly. */
@NamedInterface("domain")
package no.ambisjon.security.domain;

import org.springframework.modulith.NamedInterface;
