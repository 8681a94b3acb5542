/** Objectives, key results, check-ins and comments as stored; only the demo data uses them directly. */
@NamedInterface("domain")
package no.ambisjon.okr.domain;

import org.springframework.modulith.NamedInterface;
