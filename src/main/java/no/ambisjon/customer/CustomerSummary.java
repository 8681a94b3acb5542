package no.ambisjon.customer;

import java.io.Serializable;
import java.util.List;

public record CustomerSummary(CustomerId id, String name, List<String> shortNames, String slug, boolean active)
        implements Serializable {
}
