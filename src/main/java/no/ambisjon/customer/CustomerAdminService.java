package no.ambisjon.customer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.validation.Valid;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.ambisjon.base.NotFoundException;
import no.ambisjon.base.audit.AuditKind;
import no.ambisjon.base.audit.AuditLog;
import no.ambisjon.base.i18n.Language;
import no.ambisjon.base.live.CustomerChanged;
import no.ambisjon.customer.domain.ConsultantAssignment;
import no.ambisjon.customer.domain.ConsultantAssignmentRepository;
import no.ambisjon.customer.domain.Customer;
import no.ambisjon.customer.domain.CustomerRepository;
import no.ambisjon.security.CustomerClosed;
import no.ambisjon.security.Role;
import no.ambisjon.security.UserAdminService;
import no.ambisjon.security.UserRow;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Administration of customers: their names and address, whether they are active, and which
 * consultants work with them. A deactivated customer keeps all its data; its logins cannot sign in
 * (their open sessions end), and it leaves the consultants' lists until an admin activates it again.
 */
@Service
@Validated
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class CustomerAdminService {

    private static final Collator NORWEGIAN = Collator.getInstance(Language.NB.locale());

    private final CustomerRepository customers;
    private final ConsultantAssignmentRepository assignments;
    private final UserAdminService users;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;

    CustomerAdminService(CustomerRepository customers, ConsultantAssignmentRepository assignments,
                         UserAdminService users, AuditLog audit, ApplicationEventPublisher events,
                         EntityManager entityManager) {
        this.entityManager = entityManager;
        this.customers = customers;
        this.assignments = assignments;
        this.users = users;
        this.audit = audit;
        this.events = events;
    }

    /** Every customer, active or not, with its consultants, alphabetically. */
    @Transactional(readOnly = true)
    public List<CustomerRow> customers() {
        var names = consultantsById();
        var byCustomer = assignments.findAll().stream().collect(Collectors.groupingBy(
                ConsultantAssignment::getCustomerId,
                Collectors.mapping(ConsultantAssignment::getConsultantId, Collectors.toSet())));
        return customers.findAllWithShortNamesBy().stream()
                .map(c -> row(c, byCustomer.getOrDefault(c.getId(), Set.of()), names))
                .sorted(Comparator.comparing(CustomerRow::name, NORWEGIAN)).toList();
    }

    /** Everyone who may be assigned to a customer, alphabetically, deactivated consultants too. */
    @Transactional(readOnly = true)
    public List<UserRow> consultants() {
        return users.users().stream().filter(user -> user.role() == Role.CONSULTANT).toList();
    }

    /** @throws SlugTakenException when another customer has the address */
    public CustomerId create(@Valid CustomerForm form) {
        requireFreeSlug(form.getSlug(), null);
        var customer = customers.saveAndFlush(new Customer(form.getName().strip(), form.getSlug(), form.shortNameSet()));
        audit.record(AuditKind.CUSTOMER_CREATED, customer.getId(), describe(customer));
        assign(customer.getId(), form.getConsultantIds());
        return new CustomerId(customer.getId());
    }

    /**
     * @throws SlugTakenException                       when another customer has the address
     * @throws no.ambisjon.base.ConcurrentEditException when someone saved the customer since {@code version}
     */
    public void update(long customerId, long version, @Valid CustomerForm form) {
        var customer = load(customerId);
        customer.requireVersion(version);
        // Assignments live in their own table: a save always counts as a change of the customer, so
        // that two admins saving different consultants cannot overwrite each other unnoticed.
        entityManager.lock(customer, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        requireFreeSlug(form.getSlug(), customerId);
        var before = describeWithShortNames(customer);
        customer.rename(form.getName().strip());
        customer.changeSlug(form.getSlug());
        customer.replaceShortNames(form.shortNameSet());
        customers.flush();
        var after = describeWithShortNames(customer);
        if (!after.equals(before)) {
            audit.record(AuditKind.CUSTOMER_CHANGED, customerId, before + " → " + after);
        }
        assign(customerId, form.getConsultantIds());
        events.publishEvent(new CustomerChanged(customerId));
    }

    public void setActive(long customerId, long version, boolean active) {
        var customer = load(customerId);
        customer.requireVersion(version);
        customer.setActive(active);
        customers.flush();
        audit.record(active ? AuditKind.CUSTOMER_ACTIVATED : AuditKind.CUSTOMER_DEACTIVATED, customerId,
                describe(customer));
        if (!active) {
            events.publishEvent(new CustomerClosed(customerId));
        }
        events.publishEvent(new CustomerChanged(customerId));
    }

    /** Makes the customer's consultants exactly these, and logs each one added or removed. */
    private void assign(long customerId, Set<Long> consultantIds) {
        var consultants = consultantsById();
        if (!consultants.keySet().containsAll(consultantIds)) {
            throw new IllegalArgumentException("Only consultants are assigned to customers");
        }
        var current = assignments.findByCustomerId(customerId);
        for (var assignment : current) {
            if (!consultantIds.contains(assignment.getConsultantId())) {
                assignments.delete(assignment);
                audit.record(AuditKind.ASSIGNMENT_REMOVED, customerId,
                        consultants.get(assignment.getConsultantId()).username());
            }
        }
        var kept = current.stream().map(ConsultantAssignment::getConsultantId).collect(Collectors.toSet());
        for (var consultantId : consultantIds) {
            if (!kept.contains(consultantId)) {
                assignments.save(new ConsultantAssignment(consultantId, customerId));
                audit.record(AuditKind.ASSIGNMENT_ADDED, customerId, consultants.get(consultantId).username());
            }
        }
        assignments.flush();
    }

    private void requireFreeSlug(String slug, Long customerId) {
        customers.findBySlug(slug).filter(other -> !other.getId().equals(customerId)).ifPresent(other -> {
            throw new SlugTakenException();
        });
    }

    private Map<Long, UserRow> consultantsById() {
        return consultants().stream().collect(Collectors.toMap(UserRow::id, Function.identity()));
    }

    private Customer load(long customerId) {
        return customers.findWithShortNamesById(customerId).orElseThrow(NotFoundException::new);
    }

    private static String describe(Customer customer) {
        return customer.getName() + " (" + customer.getSlug() + ")";
    }

    private static String describeWithShortNames(Customer customer) {
        return describe(customer) + " " + customer.getShortNames().stream().sorted().toList();
    }

    private static CustomerRow row(Customer c, Set<Long> consultantIds, Map<Long, UserRow> consultants) {
        var names = consultantIds.stream().map(consultants::get).filter(Objects::nonNull)
                .map(UserRow::displayName).sorted(NORWEGIAN).toList();
        return new CustomerRow(c.getId(), c.getVersion(), c.getName(), c.getSlug(),
                c.getShortNames().stream().sorted().toList(), c.isActive(), Set.copyOf(consultantIds), names);
    }
}
