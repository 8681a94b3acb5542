package no.ambisjon.demo;

import static no.ambisjon.demo.DemoData.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.ambisjon.IntegrationTest;
import no.ambisjon.SignIn;
import no.ambisjon.customer.CustomerService;
import no.ambisjon.okr.Category;
import no.ambisjon.okr.Direction;
import no.ambisjon.okr.KeyResultLine;
import no.ambisjon.okr.Measure;
import no.ambisjon.okr.ObjectiveCard;
import no.ambisjon.okr.ObjectiveStatus;
import no.ambisjon.okr.OkrQueryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/** What a newcomer finds on first start: every demo customer has OKRs worth looking at. */
@IntegrationTest
class OkrDemoDataTest {

    @Autowired
    OkrQueryService queries;
    @Autowired
    CustomerService customers;
    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @ParameterizedTest
    @ValueSource(strings = {FJELLSPORT, BOLGEN, OKOGARD})
    void each_demo_customer_has_a_current_quarter_to_talk_about_and_a_finished_one(String slug) {
        signIn.as(ADMIN);
        var customer = customers.getBySlug(slug).id();
        var now = queries.plan(customer, queries.currentQuarter());

        assertThat(now.objectives()).hasSizeBetween(2, 3);
        assertThat(now.objectives()).allSatisfy(o -> assertThat(o.keyResults()).hasSizeBetween(3, 5));
        var krs = now.objectives().stream().flatMap(o -> o.keyResults().stream()).toList();
        assertThat(krs).extracting(KeyResultLine::category).contains(Category.VOLUME, Category.MONEY, Category.QUALITY);
        assertThat(krs).anyMatch(KeyResultLine::behind).anyMatch(kr -> !kr.behind());
        assertThat(krs).anyMatch(kr -> kr.direction() == Direction.DOWN);
        assertThat(krs).anyMatch(kr -> kr.measure() == Measure.YES_NO);
        assertThat(krs).allSatisfy(kr -> assertThat(kr.trend()).hasSizeGreaterThanOrEqualTo(5));
        assertThat(krs).anyMatch(kr -> !queries.keyResult(kr.id()).comments().isEmpty());

        var before = queries.plan(customer, queries.currentQuarter().previous());
        assertThat(before.objectives()).isNotEmpty().extracting(ObjectiveCard::status)
                .allMatch(s -> List.of(ObjectiveStatus.ACHIEVED, ObjectiveStatus.MISSED).contains(s));
        assertThat(before.expected()).isEqualTo(1.0);
    }
}
