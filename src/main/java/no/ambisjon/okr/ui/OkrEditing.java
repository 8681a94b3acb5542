package no.ambisjon.okr.ui;

import com.vaadin.flow.function.SerializableRunnable;
import no.ambisjon.customer.CustomerPeople;
import no.ambisjon.customer.CustomerSummary;
import no.ambisjon.okr.KeyResultService;
import no.ambisjon.okr.ObjectiveCoach;
import no.ambisjon.okr.ObjectiveService;
import no.ambisjon.okr.OkrQueryService;
import org.springframework.stereotype.Component;

/** What the OKR pages need to offer editing: the services behind the dialogs, and the coach. */
@Component
class OkrEditing {

    private final OkrQueryService queries;
    private final ObjectiveService objectives;
    private final KeyResultService keyResults;
    private final ObjectiveCoach coach;
    private final CustomerPeople people;

    OkrEditing(OkrQueryService queries, ObjectiveService objectives, KeyResultService keyResults, ObjectiveCoach coach,
               CustomerPeople people) {
        this.people = people;
        this.queries = queries;
        this.objectives = objectives;
        this.keyResults = keyResults;
        this.coach = coach;
    }

    /** The editing a page offers, or {@code null} when the user may only read this customer's OKRs. */
    OkrActions actionsFor(com.vaadin.flow.component.Component page, CustomerSummary customer, SerializableRunnable refresh) {
        if (!queries.permissions(customer.id()).edit()) {
            return null;
        }
        return new OkrActions(page, objectives, keyResults, coach, customer, queries.today(), refresh,
                () -> people.people(customer.id()));
    }
}
