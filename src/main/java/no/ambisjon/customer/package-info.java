/**
 * Customers, the tenants: which customers the signed-in user may see ({@link no.ambisjon.customer.TenantGuard}),
 * the consultants assigned to them, and their administration.
 */
@ApplicationModule(displayName = "Customers and tenancy",
        allowedDependencies = {"base", "base :: change", "base :: domain", "base :: i18n", "security"})
package no.ambisjon.customer;

import org.springframework.modulith.ApplicationModule;
