package no.ambisjon.okr;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import no.ambisjon.SignIn;
import no.ambisjon.TestCustomers.TestCustomer;
import no.ambisjon.customer.CustomerId;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Objectives of a test's own customer ({@link no.ambisjon.TestCustomers}), in the current quarter,
 * made by the customer's consultant. Whoever was signed in on this thread stays signed in.
 */
@Component
public class OkrFixtures {

    private static final AtomicInteger NEXT = new AtomicInteger(1);

    private final SignIn signIn;
    private final OkrQueryService queries;
    private final ObjectiveService objectives;
    private final KeyResultService keyResults;

    OkrFixtures(SignIn signIn, OkrQueryService queries, ObjectiveService objectives, KeyResultService keyResults) {
        this.signIn = signIn;
        this.queries = queries;
        this.objectives = objectives;
        this.keyResults = keyResults;
    }

    /** @param title the objective's title, unique to it: "Testmål 7" */
    public record Made(CustomerId customer, Quarter quarter, ObjectiveId objective, String title,
                       List<KeyResultId> keyResults) {
        public KeyResultId keyResult() {
            return keyResults.getFirst();
        }
    }

    /** An active objective whose key results go from 100 to 200 besøk, each checked in at 101, 102, … */
    public Made objective(TestCustomer customer, int keyResultCount, int checkInsEach) {
        return objective(customer, false, keyResultCount, checkInsEach);
    }

    /**
     * As {@link #objective(TestCustomer, int, int)}, in the previous quarter, its key results at the
     * given values (100 to 200 besøk each): a quarter that can be evaluated.
     */
    public Made pastObjective(TestCustomer customer, String... values) {
        var made = objective(customer, true, values.length, 0);
        var before = SecurityContextHolder.getContext().getAuthentication();
        try {
            signIn.as(customer.consultant());
            for (int i = 0; i < values.length; i++) {
                keyResults.checkIn(made.keyResults().get(i), checkIn(values[i], Confidence.ON_TRACK));
            }
            return made;
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    private Made objective(TestCustomer customer, boolean previousQuarter, int keyResultCount, int checkInsEach) {
        var before = SecurityContextHolder.getContext().getAuthentication();
        try {
            signIn.as(customer.consultant());
            var quarter = previousQuarter ? queries.currentQuarter().previous() : queries.currentQuarter();
            var form = new ObjectiveForm();
            form.setTitle("Testmål " + NEXT.getAndIncrement());
            form.setStatus(ObjectiveStatus.ACTIVE);
            var objective = objectives.create(customer.id(), quarter, form);
            var krs = new ArrayList<KeyResultId>();
            for (int i = 0; i < keyResultCount; i++) {
                var kr = keyResults.add(objective, keyResult("Nøkkelresultat " + (i + 1), "100", "200"));
                for (int c = 1; c <= checkInsEach; c++) {
                    keyResults.checkIn(kr, checkIn(String.valueOf(100 + c), Confidence.ON_TRACK));
                }
                krs.add(kr);
            }
            return new Made(customer.id(), quarter, objective, form.getTitle(), List.copyOf(krs));
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    public static KeyResultForm keyResult(String title, String start, String target) {
        var form = new KeyResultForm();
        form.setTitle(title);
        form.setCategory(Category.VOLUME);
        form.setMeasure(Measure.NUMBER);
        form.setStartValue(new BigDecimal(start));
        form.setTargetValue(new BigDecimal(target));
        form.setUnit("besøk");
        return form;
    }

    public static CheckInForm checkIn(String value, Confidence confidence) {
        var form = new CheckInForm();
        form.setValue(new BigDecimal(value));
        form.setConfidence(confidence);
        return form;
    }

    public static ObjectiveForm objectiveForm(String title) {
        var form = new ObjectiveForm();
        form.setTitle(title);
        return form;
    }
}
