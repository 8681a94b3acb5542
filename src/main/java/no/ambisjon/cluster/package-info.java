/**
 * Several nodes on one PostgreSQL database: each change committed on one node is announced on the
 * others through PostgreSQL's LISTEN/NOTIFY, so that their screens, shared reads and sign-ins follow
 * ({@link no.ambisjon.cluster.ChangeBroadcast}, {@link no.ambisjon.cluster.ChangeReceiver}).
 */
@ApplicationModule(displayName = "Cluster", allowedDependencies = {"base :: change"})
package no.ambisjon.cluster;

import org.springframework.modulith.ApplicationModule;
