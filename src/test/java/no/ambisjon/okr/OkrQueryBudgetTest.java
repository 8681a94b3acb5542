package no.ambisjon.okr;

import static no.ambisjon.demo.DemoData.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.util.function.Supplier;
import no.ambisjon.IntegrationTest;
import no.ambisjon.SignIn;
import no.ambisjon.TestCustomers;
import no.ambisjon.TestCustomers.TestCustomer;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The OKR page and the detail view cost the same number of SQL statements for 1 key result as for 50. */
@IntegrationTest
class OkrQueryBudgetTest {

    @Autowired
    OkrQueryService queries;
    @Autowired
    CommentService comments;
    @Autowired
    OkrFixtures fixtures;
    @Autowired
    SignIn signIn;
    @Autowired
    EntityManagerFactory entityManagerFactory;
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

    private long statements(Supplier<?> read) {
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        read.get();
        return statistics.getPrepareStatementCount();
    }

    @Test
    void the_okr_page_needs_as_many_statements_for_fifty_key_results_as_for_one() {
        var small = fixtures.objective(customer, 1, 1);
        var other = testCustomers.create();
        var large = fixtures.objective(other, 50, 3);
        signIn.as(ADMIN);

        var forOne = statements(() -> queries.plan(small.customer(), small.quarter()));
        var forFifty = statements(() -> queries.plan(large.customer(), large.quarter()));

        assertThat(queries.plan(large.customer(), large.quarter()).objectives().getFirst().keyResults()).hasSize(50);
        assertThat(forOne).isPositive();
        assertThat(forFifty).isEqualTo(forOne);
    }

    @Test
    void the_detail_view_needs_as_many_statements_for_fifty_check_ins_and_comments_as_for_one() {
        var small = fixtures.objective(customer, 1, 1);
        var large = fixtures.objective(customer, 1, 50);
        signIn.as(customer.editor());
        comments.onKeyResult(small.keyResult(), "En kommentar");
        for (int i = 0; i < 50; i++) {
            comments.onKeyResult(large.keyResult(), "Kommentar " + i);
        }

        var forOne = statements(() -> queries.keyResult(small.keyResult()));
        var forFifty = statements(() -> queries.keyResult(large.keyResult()));

        assertThat(queries.keyResult(large.keyResult()).history()).hasSize(50);
        assertThat(forOne).isPositive();
        assertThat(forFifty).isEqualTo(forOne);
    }
}
