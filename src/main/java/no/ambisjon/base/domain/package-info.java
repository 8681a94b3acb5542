/** The base class of the entities (id, version, who and when), and conflicts translated at the services. */
@NamedInterface("domain")
package no.ambisjon.base.domain;

import org.springframework.modulith.NamedInterface;
