package no.ambisjon.okr;

import java.io.Serializable;
import java.util.List;
import no.ambisjon.customer.CustomerSummary;

public record ObjectiveDetail(CustomerSummary customer, Quarter quarter, double expected, ObjectiveCard objective,
                              List<CommentEntry> comments) implements Serializable {
}
