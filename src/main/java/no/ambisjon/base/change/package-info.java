/**
 * How every write becomes known: a module records a {@link no.ambisjon.base.change.Change} through
 * {@link no.ambisjon.base.change.Changes}; the audit log writes it in the transaction, live screens
 * hear of it after the commit, and a transaction that writes rows without a change is refused.
 */
@NamedInterface("change")
package no.ambisjon.base.change;

import org.springframework.modulith.NamedInterface;
