/** Customers and assignments as stored; only the demo data uses them directly. */
@NamedInterface("domain")
package no.ambisjon.customer.domain;

import org.springframework.modulith.NamedInterface;
