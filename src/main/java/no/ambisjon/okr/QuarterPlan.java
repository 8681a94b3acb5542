package no.ambisjon.okr;

import java.io.Serializable;
import java.util.List;
import no.ambisjon.customer.CustomerSummary;

/** One customer's objectives for one quarter, and how much of the quarter has passed. */
public record QuarterPlan(CustomerSummary customer, Quarter quarter, double expected, List<ObjectiveCard> objectives)
        implements Serializable {
}
