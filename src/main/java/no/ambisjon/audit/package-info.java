/**
 * The audit log: who did what and when. {@code AuditLog} writes one entry for every change, inside
 * the transaction of the change; {@link no.ambisjon.audit.AuditService} lets administrators read it.
 */
@ApplicationModule(displayName = "Audit log", allowedDependencies = {"base", "base :: change", "customer"})
package no.ambisjon.audit;

import org.springframework.modulith.ApplicationModule;
