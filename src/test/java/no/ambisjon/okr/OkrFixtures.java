package no.ambisjon.okr;

import static no.ambisjon.demo.DemoData.ADMIN;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import no.ambisjon.SignIn;
import no.ambisjon.customer.CustomerId;
import no.ambisjon.customer.CustomerService;
import org.springframework.stereotype.Component;

/**
 * Objectives of a test's own, each in a quarter far in the future that no other test uses, so that
 * tests sharing the database never see each other's data. Made as the admin; signs out after.
 */
@Component
public class OkrFixtures {

    private static final AtomicInteger NEXT_YEAR = new AtomicInteger(2100);

    private final SignIn signIn;
    private final CustomerService customers;
    private final ObjectiveService objectives;
    private final KeyResultService keyResults;

    OkrFixtures(SignIn signIn, CustomerService customers, ObjectiveService objectives, KeyResultService keyResults) {
        this.signIn = signIn;
        this.customers = customers;
        this.objectives = objectives;
        this.keyResults = keyResults;
    }

    public record Made(CustomerId customer, Quarter quarter, ObjectiveId objective, List<KeyResultId> keyResults) {
        public KeyResultId keyResult() {
            return keyResults.getFirst();
        }
    }

    public Made objective(String customerSlug, int keyResultCount, int checkInsEach) {
        signIn.as(ADMIN);
        try {
            var customer = customers.getBySlug(customerSlug).id();
            var quarter = new Quarter(NEXT_YEAR.getAndIncrement(), 2);
            var form = new ObjectiveForm();
            form.setTitle("Testmål " + quarter);
            form.setStatus(ObjectiveStatus.ACTIVE);
            var objective = objectives.create(customer, quarter, form);
            var krs = new ArrayList<KeyResultId>();
            for (int i = 0; i < keyResultCount; i++) {
                var kr = keyResults.add(objective, keyResult("Nøkkelresultat " + (i + 1), "100", "200"));
                for (int c = 1; c <= checkInsEach; c++) {
                    keyResults.checkIn(kr, checkIn(String.valueOf(100 + c), Confidence.ON_TRACK));
                }
                krs.add(kr);
            }
            return new Made(customer, quarter, objective, List.copyOf(krs));
        } finally {
            signIn.out();
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
