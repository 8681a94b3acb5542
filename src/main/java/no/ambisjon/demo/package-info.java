/**
 * The demo data: an agency and three customers with OKRs and meetings. A fixture, not a use case:
 * it may reach every module, its stored entities included.
 */
@ApplicationModule(displayName = "Demo data")
package no.ambisjon.demo;

import org.springframework.modulith.ApplicationModule;
