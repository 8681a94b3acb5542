package no.ambisjon.okr;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toMap;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.EnumMap;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import no.ambisjon.coach.CheckId;
import no.ambisjon.coach.Coach;
import no.ambisjon.customer.CustomerSummary;
import no.ambisjon.okr.domain.Objective;
import no.ambisjon.okr.domain.ObjectiveEvaluation;
import no.ambisjon.okr.domain.ObjectiveEvaluationRepository;
import no.ambisjon.okr.domain.ObjectiveConfirmation;
import no.ambisjon.okr.domain.ObjectiveConfirmationRepository;
import no.ambisjon.customer.CustomerId;
import no.ambisjon.customer.CustomerService;
import no.ambisjon.okr.domain.CheckIn;
import no.ambisjon.okr.domain.CheckInRepository;
import no.ambisjon.okr.domain.Comment;
import no.ambisjon.okr.domain.CommentRepository;
import no.ambisjon.okr.domain.KeyResult;
import no.ambisjon.okr.domain.KeyResultRepository;
import no.ambisjon.okr.domain.ObjectiveRepository;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.ambisjon.security.CurrentUser;
import no.ambisjon.security.Owner;
import no.ambisjon.security.People;
import no.ambisjon.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a customer's OKRs for everyone who may see that customer. Each read runs a fixed number of
 * statements, however many objectives, key results and check-ins there are.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class OkrQueryService {

    private final CustomerService customers;
    private final ObjectiveRepository objectives;
    private final KeyResultRepository keyResults;
    private final CheckInRepository checkIns;
    private final CommentRepository comments;
    private final OkrLoader loader;
    private final ObjectiveConfirmationRepository confirmations;
    private final ObjectiveEvaluationRepository evaluations;
    private final ObjectiveCoach coach;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final People people;

    OkrQueryService(CustomerService customers, ObjectiveRepository objectives, KeyResultRepository keyResults,
                    CheckInRepository checkIns, CommentRepository comments, ObjectiveConfirmationRepository confirmations,
                    ObjectiveCoach coach, OkrLoader loader, CurrentUser currentUser, Clock clock,
                    ObjectiveEvaluationRepository evaluations, People people) {
        this.people = people;
        this.customers = customers;
        this.objectives = objectives;
        this.keyResults = keyResults;
        this.checkIns = checkIns;
        this.comments = comments;
        this.confirmations = confirmations;
        this.evaluations = evaluations;
        this.coach = coach;
        this.loader = loader;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public Quarter currentQuarter() {
        return Quarter.of(today());
    }


    /** The quarters worth offering: those with objectives, and the current and next one. */
    public List<Quarter> quarters(CustomerId customerId) {
        customers.get(customerId);
        var quarters = new TreeSet<Quarter>(Comparator.reverseOrder());
        objectives.findQuarterKeys(customerId.value()).forEach(key -> quarters.add(new Quarter(key / 10, key % 10)));
        quarters.add(currentQuarter());
        quarters.add(currentQuarter().next());
        return List.copyOf(quarters);
    }

    /** Visibility comes from the customer lookup; editing also needs an editing role. */
    public OkrPermissions permissions(CustomerId customerId) {
        customers.get(customerId);
        var role = currentUser.require().role();
        return new OkrPermissions(role != Role.CUSTOMER_VIEWER, true);
    }

    public QuarterPlan plan(CustomerId customerId, Quarter quarter) {
        var customer = customers.get(customerId);
        var found = objectives.findForQuarter(customerId.value(), quarter.year(), quarter.number());
        return new QuarterPlan(customer, quarter, Progress.expected(quarter, today()), cards(found, any -> customer));
    }

    /**
     * The quarter of every customer the user may see, in alphabetical order, with as many
     * statements for fifty customers as for three.
     */
    public List<QuarterPlan> plans(Quarter quarter) {
        var visible = customers.visibleCustomers();
        if (visible.isEmpty()) {
            return List.of();
        }
        var byId = visible.stream().collect(toMap(c -> c.id().value(), c -> c));
        var found = objectives.findForQuarterOfCustomers(byId.keySet(), quarter.year(), quarter.number());
        var cards = cards(found, byId::get);
        var byCustomer = new HashMap<Long, List<ObjectiveCard>>();
        for (int i = 0; i < found.size(); i++) {
            byCustomer.computeIfAbsent(found.get(i).getCustomerId(), id -> new ArrayList<>()).add(cards.get(i));
        }
        var expected = Progress.expected(quarter, today());
        return visible.stream().map(c -> new QuarterPlan(c, quarter, expected,
                List.copyOf(byCustomer.getOrDefault(c.id().value(), List.of())))).toList();
    }

    /**
     * The cards of the objectives, in their order, with three more statements however many there are.
     *
     * @param customerOf the customer of an objective's customer id (the coach checks names against it)
     */
    private List<ObjectiveCard> cards(List<Objective> found, Function<Long, CustomerSummary> customerOf) {
        if (found.isEmpty()) {
            return List.of();
        }
        var ids = found.stream().map(Objective::getId).toList();
        var krs = keyResults.findByObjectiveIdInAndArchivedFalseOrderById(ids);
        var history = checkInsOf(krs);
        var krsByObjective = krs.stream().collect(groupingBy(KeyResult::getObjectiveId));
        var grades = new HashMap<Long, BigDecimal>();
        evaluations.findByObjectiveIdIn(ids).stream().filter(ObjectiveEvaluation::isClosed)
                .forEach(e -> grades.put(e.getObjectiveId(), e.getGrade()));
        var answers = confirmations.findByObjectiveIdIn(ids).stream()
                .collect(groupingBy(ObjectiveConfirmation::getObjectiveId));
        var named = owners(found.stream().map(Objective::getOwnerId), krs.stream().map(KeyResult::getOwnerId));
        return found.stream().map(o -> {
            var lines = krsByObjective.getOrDefault(o.getId(), List.of()).stream()
                    .map(kr -> KeyResultLines.line(kr, history.getOrDefault(kr.getId(), List.of()), o.getQuarter(), today(),
                            named))
                    .toList();
            var customer = customerOf.apply(o.getCustomerId());
            var input = ObjectiveCoach.input(o.getTitle(), customer, o.getQuarter(), today(),
                    ObjectiveCoach.facts(lines), Set.of());
            var valid = new EnumMap<CheckId, Confirmation>(CheckId.class);
            answers.getOrDefault(o.getId(), List.of()).stream()
                    .filter(a -> a.getFingerprint().equals(Coach.fingerprint(a.getCheck(), input)))
                    .forEach(a -> valid.put(a.getCheck(), new Confirmation(a.getConfirmedByName(), a.getConfirmedAt())));
            var findings = coach.review(ObjectiveCoach.input(o.getTitle(), customer, o.getQuarter(), today(),
                    input.keyResults(), valid.keySet(), grades.containsKey(o.getId())));
            return KeyResultLines.card(o, lines, valid, findings, grades.get(o.getId()), named);
        }).toList();
    }

    public KeyResultDetail keyResult(KeyResultId id) {
        var kr = loader.keyResult(id);
        var objective = loader.objective(new ObjectiveId(kr.getObjectiveId()));
        var quarter = objective.getQuarter();
        var expected = Progress.expected(quarter, today());
        var history = checkInsOf(List.of(kr)).getOrDefault(kr.getId(), List.of());
        return new KeyResultDetail(customers.get(new CustomerId(kr.getCustomerId())), quarter, expected,
                new ObjectiveId(objective.getId()), objective.getTitle(), KeyResultLines.line(kr, history, quarter, today(),
                        owners(Stream.of(kr.getOwnerId()), Stream.empty())),
                history.reversed().stream().map(KeyResultLines::entry).toList(),
                comments.findByKeyResultIdOrderByWrittenAtAscIdAsc(kr.getId()).stream()
                        .map(OkrQueryService::entry).toList());
    }

    public ObjectiveDetail objective(ObjectiveId id) {
        var objective = loader.objective(id);
        var quarter = objective.getQuarter();
        var customer = customers.get(new CustomerId(objective.getCustomerId()));
        var card = cards(List.of(objective), any -> customer).getFirst();
        return new ObjectiveDetail(customer, quarter, Progress.expected(quarter, today()), card,
                comments.findByObjectiveIdOrderByWrittenAtAscIdAsc(objective.getId()).stream()
                        .map(OkrQueryService::entry).toList());
    }

    /** The owners among these people's ids, in one statement, none when nobody owns anything. */
    private Map<Long, Owner> owners(Stream<Long> objectiveOwners, Stream<Long> keyResultOwners) {
        return people.named(Stream.concat(objectiveOwners, keyResultOwners).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
    }

    private Map<Long, List<CheckIn>> checkInsOf(List<KeyResult> krs) {
        if (krs.isEmpty()) {
            return Map.of();
        }
        return checkIns.findByKeyResultIdInOrderByCheckedInAtAscIdAsc(krs.stream().map(KeyResult::getId).toList())
                .stream().collect(groupingBy(CheckIn::getKeyResultId));
    }

    private static CommentEntry entry(Comment c) {
        return new CommentEntry(c.getId(), c.getText(), c.getAuthorName(), c.getWrittenAt());
    }

    /** How many check-ins each of the customer's key results has had since {@code since} (none: absent). */
    public Map<KeyResultId, Integer> checkInsSince(CustomerId customerId, Instant since) {
        customers.get(customerId);
        var counts = new HashMap<KeyResultId, Integer>();
        checkIns.countSince(customerId.value(), since)
                .forEach(c -> counts.put(new KeyResultId(c.getKeyResultId()), (int) c.getCheckIns()));
        return counts;
    }

    /**
     * Each customer's grade for a quarter: the mean of its objectives' closed evaluations; customers
     * the user may not see, and those with none closed, are left out.
     */
    public Map<CustomerId, BigDecimal> quarterGrades(Collection<CustomerId> customerIds, Quarter quarter) {
        var visible = customers.visibleCustomers().stream().map(c -> c.id().value()).collect(java.util.stream.Collectors.toSet());
        var asked = customerIds.stream().map(CustomerId::value).filter(visible::contains).toList();
        if (asked.isEmpty()) {
            return Map.of();
        }
        var byCustomer = new HashMap<CustomerId, List<BigDecimal>>();
        evaluations.findByCustomerIdInAndQuarterYearAndQuarterNumberAndClosedAtIsNotNull(asked, quarter.year(),
                quarter.number()).forEach(e -> byCustomer.computeIfAbsent(new CustomerId(e.getCustomerId()),
                        id -> new ArrayList<>()).add(e.getGrade()));
        var grades = new HashMap<CustomerId, BigDecimal>();
        byCustomer.forEach((id, list) -> grades.put(id, Grades.mean(list)));
        return grades;
    }

    /** Today, as the coach and the expected line count it. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
