package no.ambisjon.security;

import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.ambisjon.base.i18n.Language;
import no.ambisjon.security.domain.UserAccount;
import no.ambisjon.security.domain.UserAccountRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Active users by who they are to a customer. It checks no tenancy: the services that call it have
 * checked that the caller may see the customer, or are scheduled jobs that read on each person's
 * behalf ({@link ReadsOnBehalf}).
 */
@Component
@Transactional(readOnly = true)
public class People {

    private static final Comparator<Person> BY_NAME = Comparator.comparing(Person::displayName,
            Collator.getInstance(Language.NB.locale()));

    private final UserAccountRepository accounts;
    private final AccountLoader loader;

    People(UserAccountRepository accounts, AccountLoader loader) {
        this.accounts = accounts;
        this.loader = loader;
    }

    /** The active logins of one customer. */
    public List<Person> loginsOf(long customerId) {
        return sorted(accounts.findByActiveTrueAndCustomerId(customerId).stream());
    }

    /** Active agency staff in {@code roles}. */
    public List<Person> staff(Collection<Role> roles) {
        return sorted(accounts.findByActiveTrueAndRoleIn(EnumSet.copyOf(roles)).stream()
                .filter(account -> account.getCustomerId() == null));
    }

    /** Those of {@code ids} that are active. */
    public List<Person> active(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : sorted(accounts.findByActiveTrueAndIdIn(ids).stream());
    }

    /** Those of {@code ids} by id, active or not: to show who owns something. */
    public Map<Long, Owner> named(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return accounts.findByIdIn(ids).stream().collect(Collectors.toMap(UserAccount::getId,
                account -> new Owner(account.getId(), account.getDisplayName(), account.isActive())));
    }

    /** Everyone active who chose to get the weekly check-in reminder. */
    public List<Person> withCheckInReminders() {
        return sorted(accounts.findByActiveTrueAndRoleIn(EnumSet.allOf(Role.class)).stream()
                .filter(UserAccount::isCheckInReminders));
    }

    /** The account of an active user, for reads on their behalf ({@link ReadsOnBehalf}). */
    Optional<UserAccount> activeAccount(long id) {
        return loader.find(id).filter(UserAccount::isActive);
    }

    private static List<Person> sorted(Stream<UserAccount> accounts) {
        return accounts.map(Person::of).sorted(BY_NAME).toList();
    }
}
