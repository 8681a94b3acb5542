/** Meetings and frozen minutes as stored; only the demo data uses them directly. */
@NamedInterface("domain")
package no.ambisjon.meeting.domain;

import org.springframework.modulith.NamedInterface;
