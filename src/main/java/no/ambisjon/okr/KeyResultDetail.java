package no.ambisjon.okr;

import java.io.Serializable;
import java.util.List;
import no.ambisjon.customer.CustomerSummary;

public record KeyResultDetail(CustomerSummary customer, Quarter quarter, double expected, ObjectiveId objectiveId,
                              String objectiveTitle, KeyResultLine keyResult, List<CheckInEntry> history,
                              List<CommentEntry> comments) implements Serializable {
}
