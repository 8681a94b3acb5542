package no.ambisjon.customer;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * A customer as the administration lists it.
 *
 * @param consultants the names of the consultants assigned to it, alphabetically
 */
public record CustomerRow(long id, long version, String name, String slug, List<String> shortNames, boolean active,
                          Set<Long> consultantIds, List<String> consultants) implements Serializable {
}
