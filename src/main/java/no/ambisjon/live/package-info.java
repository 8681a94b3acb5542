/**
 * Live updates: after a change to a customer's data has committed, every open screen of that customer
 * refreshes within a second ({@link no.ambisjon.live.LiveUpdates}, {@link no.ambisjon.live.LiveSubscription}).
 */
@ApplicationModule(displayName = "Live updates", allowedDependencies = {"base :: change"})
package no.ambisjon.live;

import org.springframework.modulith.ApplicationModule;
