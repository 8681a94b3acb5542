package no.ambisjon.okr;

import static no.ambisjon.okr.OkrFixtures.checkIn;
import static no.ambisjon.okr.OkrFixtures.keyResult;
import static no.ambisjon.okr.OkrFixtures.objectiveForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import no.ambisjon.IntegrationTest;
import no.ambisjon.SignIn;
import no.ambisjon.TestCustomers;
import no.ambisjon.TestCustomers.TestCustomer;
import no.ambisjon.base.ConcurrentEditException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two people at the same thing: nobody's change is lost, and nobody's is silently overwritten. */
@IntegrationTest
class OkrConcurrencyTest {

    @Autowired
    OkrQueryService queries;
    @Autowired
    ObjectiveService objectives;
    @Autowired
    KeyResultService keyResults;
    @Autowired
    OkrFixtures fixtures;
    @Autowired
    SignIn signIn;
    @Autowired
    TestCustomers testCustomers;

    private TestCustomer customer;

    @BeforeEach
    void aCustomer() {
        customer = testCustomers.create();
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void the_second_of_two_edits_of_an_objective_gets_a_conflict_and_the_first_is_kept() {
        var made = fixtures.objective(customer, 0, 0);
        signIn.as(customer.consultant());
        var loadedByKari = queries.objective(made.objective()).objective();
        signIn.as(customer.editor());
        var loadedByIngrid = queries.objective(made.objective()).objective();

        objectives.update(made.objective(), loadedByIngrid.version(), objectiveForm("Ingrids versjon"));
        signIn.as(customer.consultant());
        assertThatThrownBy(() -> objectives.update(made.objective(), loadedByKari.version(), objectiveForm("Karis versjon")))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> objectives.archive(made.objective(), loadedByKari.version()))
                .isInstanceOf(ConcurrentEditException.class);

        var stored = queries.objective(made.objective()).objective();
        assertThat(stored.title()).isEqualTo("Ingrids versjon");
        assertThat(stored.status()).isNotEqualTo(ObjectiveStatus.ARCHIVED);
    }

    @Test
    void the_second_of_two_edits_of_a_key_result_gets_a_conflict_and_the_first_is_kept() {
        var made = fixtures.objective(customer, 1, 0);
        signIn.as(customer.consultant());
        var version = queries.keyResult(made.keyResult()).keyResult().version();
        keyResults.update(made.keyResult(), version, keyResult("Først", "100", "300"));
        assertThatThrownBy(() -> keyResults.update(made.keyResult(), version, keyResult("Sist, men gammel", "0", "1")))
                .isInstanceOf(ConcurrentEditException.class);
        var stored = queries.keyResult(made.keyResult()).keyResult();
        assertThat(stored.title()).isEqualTo("Først");
        assertThat(stored.target()).isEqualByComparingTo("300");
    }

    @Test
    void many_check_ins_at_the_same_moment_are_all_kept_and_the_latest_is_the_current_value() throws Exception {
        var made = fixtures.objective(customer, 1, 0);
        var people = List.of(customer.consultant(), customer.editor(), customer.consultant(), customer.editor(),
                customer.consultant(), customer.editor(), customer.consultant(), customer.editor());
        var perPerson = 5;
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(people.size());
        try {
            var tasks = new ArrayList<Callable<Void>>();
            for (int p = 0; p < people.size(); p++) {
                var person = people.get(p);
                var base = (p + 1) * 1000;
                tasks.add(() -> {
                    signIn.as(person);
                    try {
                        start.await();
                        for (int i = 1; i <= perPerson; i++) {
                            keyResults.checkIn(made.keyResult(), checkIn(String.valueOf(base + i), Confidence.ON_TRACK));
                        }
                    } finally {
                        signIn.out();
                    }
                    return null;
                });
            }
            var futures = tasks.stream().map(pool::submit).toList();
            start.countDown();
            for (var future : futures) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        signIn.as(customer.consultant());
        var detail = queries.keyResult(made.keyResult());
        assertThat(detail.history()).hasSize(people.size() * perPerson);
        assertThat(detail.history()).extracting(CheckInEntry::value).map(BigDecimal::intValue)
                .doesNotHaveDuplicates();
        assertThat(detail.keyResult().current()).isEqualByComparingTo(detail.history().getFirst().value());
    }
}
