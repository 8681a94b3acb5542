/**
 * Building blocks every module uses and that hold no business rules: ids that are not found,
 * conflicts, optional text. Its sub-packages are named interfaces: {@code change} (how a write
 * becomes known), {@code domain} (the entity base class), {@code i18n} (the two languages) and
 * {@code ui} (small shared components). It depends on no module.
 */
@ApplicationModule(displayName = "Building blocks", allowedDependencies = {})
package no.ambisjon.base;

import org.springframework.modulith.ApplicationModule;
