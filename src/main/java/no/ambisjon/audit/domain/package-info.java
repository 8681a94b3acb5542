/** The audit entries as stored; only the demo data writes them directly, for its history. */
@NamedInterface("domain")
package no.ambisjon.audit.domain;

import org.springframework.modulith.NamedInterface;
