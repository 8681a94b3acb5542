package no.ambisjon.portfolio;

import java.util.List;

import static no.ambisjon.demo.DemoData.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import no.ambisjon.IntegrationTest;
import no.ambisjon.SignIn;
import no.ambisjon.customer.CustomerId;
import no.ambisjon.meeting.MeetingLifecycleService;
import no.ambisjon.meeting.MeetingMinutesService;
import no.ambisjon.okr.Confidence;
import no.ambisjon.okr.KeyResultService;
import no.ambisjon.okr.ObjectiveService;
import no.ambisjon.okr.OkrFixtures;
import no.ambisjon.okr.OkrQueryService;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agency overview reads with as many statements for fifty customers as for three. The extra
 * customers live only inside this test's transaction, which is rolled back.
 */
@IntegrationTest
@Transactional
class OverviewQueryBudgetTest {

    @Autowired
    PortfolioService portfolio;
    @Autowired
    ObjectiveService objectives;
    @Autowired
    KeyResultService keyResults;
    @Autowired
    MeetingLifecycleService meetings;
    @Autowired
    MeetingMinutesService minutes;
    @Autowired
    OkrQueryService okrs;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SignIn signIn;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @PersistenceContext
    EntityManager entityManager;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private long statementsForOverview() {
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        portfolio.overview();
        return statistics.getPrepareStatementCount();
    }

    /** A customer with an objective, a key result with a check-in, a planned meeting and an action item. */
    private void customerWithEverything(int n) {
        jdbc.update("""
                insert into customer (name, slug, active, version, created_at, created_by, changed_at, changed_by)
                values (?, ?, true, 0, current_timestamp, 'test', current_timestamp, 'test')""",
                "Budsjettkunde " + n, "budsjett-" + n);
        var id = new CustomerId(jdbc.queryForObject("select id from customer where slug = ?", Long.class,
                "budsjett-" + n));
        var objective = objectives.create(id, okrs.currentQuarter(), OkrFixtures.objectiveForm("Budsjettkunde " + n
                + " vokser på nett"));
        var kr = keyResults.add(objective, OkrFixtures.keyResult("Besøk " + n, "0", "100"));
        keyResults.checkIn(kr, OkrFixtures.checkIn("40", Confidence.AT_RISK));
        var meeting = meetings.schedule(id, Instant.now().plusSeconds(86_400 * 7), List.of(), "Alle");
        meetings.start(meeting);
        minutes.addAction(meeting, "Ringe " + n, null, null, null);
    }

    @Test
    void fifty_more_customers_take_no_more_statements() {
        signIn.as(ADMIN);
        var forThree = statementsForOverview();
        var three = portfolio.overview().size();
        for (int i = 0; i < 50; i++) {
            customerWithEverything(i);
        }
        // Each service call commits on its own in the app; here they share the test's transaction.
        entityManager.flush();
        var forFifty = statementsForOverview();

        var overview = portfolio.overview();
        assertThat(three).as("the demo's customers at least").isGreaterThanOrEqualTo(3);
        assertThat(overview).hasSize(three + 50);
        assertThat(overview).filteredOn(s -> s.customer().slug().startsWith("budsjett-"))
                .allSatisfy(s -> {
                    assertThat(s.keyResults()).isEqualTo(1);
                    assertThat(s.openActions()).isEqualTo(1);
                    assertThat(s.daysSinceCheckIn()).isZero();
                });
        assertThat(forThree).isPositive();
        assertThat(forFifty).isEqualTo(forThree);
    }
}
