package no.ambisjon.okr.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.ambisjon.coach.CheckId;
import no.ambisjon.coach.CoachInput;
import no.ambisjon.customer.CustomerSummary;
import no.ambisjon.okr.Confirmation;
import no.ambisjon.okr.ObjectiveCoach;
import no.ambisjon.okr.ObjectiveStatus;
import no.ambisjon.okr.Quarter;

/**
 * What the objective editor's coach needs besides the form: whose objective, when, and its key results.
 *
 * @param evaluated the objective's evaluation is closed
 */
record CoachContext(ObjectiveCoach coach, CustomerSummary customer, Quarter quarter, LocalDate today,
                    List<CoachInput.KeyResultFacts> keyResults, Map<CheckId, Confirmation> confirmations,
                    ObjectiveStatus savedStatus, boolean evaluated) {
}
