package no.ambisjon.customer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.validation.Valid;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.ambisjon.base.change.ChangeKind;
import no.ambisjon.base.change.Changes;
import no.ambisjon.base.i18n.Language;
import no.ambisjon.customer.domain.ConsultantAssignment;
import no.ambisjon.customer.domain.ConsultantAssignmentRepository;
import no.ambisjon.customer.domain.Customer;
import no.ambisjon.customer.domain.CustomerRepository;
import no.ambisjon.security.Role;
import no.ambisjon.security.UserAdminService;
import no.ambisjon.security.UserRow;
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
    private final CustomerLoader loader;
    private final ConsultantAssignmentRepository assignments;
    private final UserAdminService users;
    private final Changes changes;
    private final EntityManager entityManager;

    CustomerAdminService(CustomerRepository customers, CustomerLoader loader, ConsultantAssignmentRepository assignments,
                         UserAdminService users, Changes changes, EntityManager entityManager) {
        this.customers = customers;
        this.loader = loader;
        this.assignments = assignments;
        this.users = users;
        this.changes = changes;
        this.entityManager = entityManager;
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
        if (loader.slugTaken(form.getSlug(), null)) {
            throw new SlugTakenException();
        }
        var customer = customers.saveAndFlush(new Customer(form.getName().strip(), form.getSlug(), form.shortNameSet()));
        var consultants = assign(customer.getId(), form.getConsultantIds());
        changes.record(new CustomerChange(ChangeKind.CUSTOMER_CREATED, customer.getId(),
                describe(customer) + consultants));
        return new CustomerId(customer.getId());
    }

    /**
     * Changes names, address and consultants in one go, as one change in the audit log.
     *
     * @throws SlugTakenException                       when another customer has the address
     * @throws no.ambisjon.base.ConcurrentEditException when someone saved the customer since {@code version}
     */
    public void update(long customerId, long version, @Valid CustomerForm form) {
        var customer = loader.customer(customerId, version);
        // Assignments live in their own table: a save always counts as a change of the customer, so
        // that two admins saving different consultants cannot overwrite each other unnoticed.
        entityManager.lock(customer, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        if (loader.slugTaken(form.getSlug(), customerId)) {
            throw new SlugTakenException();
        }
        var before = describeWithShortNames(customer);
        customer.rename(form.getName().strip());
        customer.changeSlug(form.getSlug());
        customer.replaceShortNames(form.shortNameSet());
        var after = describeWithShortNames(customer);
        var consultants = assign(customerId, form.getConsultantIds());
        changes.record(new CustomerChange(ChangeKind.CUSTOMER_CHANGED, customerId,
                (after.equals(before) ? after : before + " → " + after) + consultants));
    }

    public void setActive(long customerId, long version, boolean active) {
        var customer = loader.customer(customerId, version);
        customer.setActive(active);
        changes.record(new CustomerChange(active ? ChangeKind.CUSTOMER_ACTIVATED : ChangeKind.CUSTOMER_DEACTIVATED,
                customerId, describe(customer)));
    }

    /**
     * Makes the customer's consultants exactly these.
     *
     * @return the consultants added and removed, for the audit log ("" when none)
     */
    private String assign(long customerId, Set<Long> consultantIds) {
        var consultants = consultantsById();
        if (!consultants.keySet().containsAll(consultantIds)) {
            throw new IllegalArgumentException("Only consultants are assigned to customers");
        }
        var current = assignments.findByCustomerId(customerId);
        var removed = new ArrayList<String>();
        for (var assignment : current) {
            if (!consultantIds.contains(assignment.getConsultantId())) {
                assignments.delete(assignment);
                removed.add(consultants.get(assignment.getConsultantId()).username());
            }
        }
        var kept = current.stream().map(ConsultantAssignment::getConsultantId).collect(Collectors.toSet());
        var added = new ArrayList<String>();
        for (var consultantId : consultantIds) {
            if (!kept.contains(consultantId)) {
                assignments.save(new ConsultantAssignment(consultantId, customerId));
                added.add(consultants.get(consultantId).username());
            }
        }
        return listed(" +", added) + listed(" −", removed);
    }

    private static String listed(String sign, Collection<String> usernames) {
        return usernames.isEmpty() ? "" : sign + String.join(sign, usernames.stream().sorted().toList());
    }

    private Map<Long, UserRow> consultantsById() {
        return consultants().stream().collect(Collectors.toMap(UserRow::id, Function.identity()));
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
