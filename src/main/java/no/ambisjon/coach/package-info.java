/**
 * The OKR guide's control questions as plain Java, with no Spring, JPA or Vaadin in it:
 * {@link no.ambisjon.coach.Coach#review}. It depends on no other module.
 */
@ApplicationModule(displayName = "The coach", allowedDependencies = {})
package no.ambisjon.coach;

import org.springframework.modulith.ApplicationModule;
