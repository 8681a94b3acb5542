package no.ambisjon.security;

import jakarta.validation.Valid;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import no.ambisjon.base.change.ChangeKind;
import no.ambisjon.base.domain.Constraints;
import no.ambisjon.base.change.Changes;
import no.ambisjon.security.domain.UserAccount;
import no.ambisjon.security.domain.UserAccountRepository;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Administration of users: agency staff and customer logins. A customer login belongs to one
 * customer for good and never gets an agency role. A new user gets a mail with a one-time link to
 * set a password; an admin can send a new link. No admin ever sees or chooses a user's password.
 */
@Service
@Validated
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class UserAdminService {

    private final UserAccountRepository accounts;
    private final AccountLoader loader;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final CurrentUser currentUser;
    private final Changes changes;
    private final LoginThrottle throttle;
    private final PasswordLinks links;

    UserAdminService(UserAccountRepository accounts, AccountLoader loader, PasswordPolicy policy,
                     PasswordEncoder encoder, CurrentUser currentUser, Changes changes, LoginThrottle throttle,
                     PasswordLinks links) {
        this.accounts = accounts;
        this.loader = loader;
        this.policy = policy;
        this.encoder = encoder;
        this.currentUser = currentUser;
        this.changes = changes;
        this.throttle = throttle;
        this.links = links;
    }

    /** Everyone, with until when each is locked out from some address (after failed logins there). */
    @Transactional(readOnly = true)
    public List<UserRow> users() {
        var locked = throttle.lockedAccounts();
        return accounts.findAll().stream().map(a -> row(a, locked.get(a.getId())))
                .sorted(Comparator.comparing(UserRow::displayName, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /**
     * Creates the user, with no password anyone knows, and mails them a link to set one.
     *
     * @throws UsernameTakenException when another user has the username
     */
    public long create(@Valid NewUser form) {
        var username = UserAccount.normalise(form.getUsername());
        if (loader.byUsername(username).isPresent()) {
            throw new UsernameTakenException();
        }
        var hash = encoder.encode(policy.temporaryPassword() + policy.temporaryPassword());
        UserAccount account;
        if (form.getRole().isAgencyStaff()) {
            account = UserAccount.agencyStaff(username, form.getDisplayName().strip(), hash, form.getRole());
        } else {
            if (form.getCustomerId() == null) {
                throw new IllegalArgumentException("A customer login needs its customer");
            }
            account = UserAccount.customerLogin(username, form.getDisplayName().strip(), hash, form.getRole(),
                    form.getCustomerId());
        }
        account.setLanguage(form.getLanguage());
        account.awaitChosenPassword();
        try {
            accounts.saveAndFlush(account);
        } catch (DataIntegrityViolationException e) {
            // Someone else took the name a moment ago; any other refusal is not the user's to fix.
            if (Constraints.broke(e, "uk_user_account_username")) {
                throw new UsernameTakenException();
            }
            throw e;
        }
        changes.record(links.issue(account, ChangeKind.USER_CREATED, username + " (" + form.getRole() + ")"));
        return account.getId();
    }

    /**
     * Changes a user's name, role and whether the account is active, in one go. Agency staff move
     * between agency roles, customer logins between customer roles; nothing else. A deactivated
     * user cannot log in, and open sessions end at once. Administrators change neither their own
     * role nor their own access, so that the portal never loses its last administrator by mistake.
     *
     * @throws no.ambisjon.base.ConcurrentEditException when someone changed the user since {@code version}
     */
    public void update(long userId, long version, @Valid UserChange change) {
        var account = loader.account(userId, version);
        var role = change.getRole();
        var active = change.isActive();
        var self = account.getId() == currentUser.require().id();
        if (self && (role != account.getRole() || !active)) {
            throw new IllegalArgumentException("Administrators change neither their own role nor their own access");
        }
        var what = new ArrayList<String>();
        var kind = ChangeKind.USER_CHANGED;
        var name = change.getDisplayName().strip();
        if (!name.equals(account.getDisplayName())) {
            what.add(account.getDisplayName() + " → " + name);
            account.rename(name);
        }
        if (role != account.getRole()) {
            what.add(account.getRole() + " → " + role);
            account.changeRole(role);
            kind = ChangeKind.USER_ROLE_CHANGED;
        }
        if (active != account.isActive()) {
            account.setActive(active);
            kind = active ? ChangeKind.USER_ACTIVATED : ChangeKind.USER_DEACTIVATED;
        }
        changes.record(change(kind, account, what.isEmpty() ? account.getUsername()
                : account.getUsername() + ": " + String.join(", ", what)));
    }

    /**
     * Mails the user a new one-time link to set a password, which replaces any older link, and lifts
     * a lock after failed logins. The password stays as it is until the user sets a new one.
     */
    public void sendPasswordLink(long userId) {
        var account = loader.account(userId);
        throttle.clear(account);
        changes.record(links.issue(account, ChangeKind.PASSWORD_LINK_SENT, account.getUsername()));
    }

    private static AccountChange change(ChangeKind kind, UserAccount account, String subject) {
        return new AccountChange(kind, account.getId(), account.getCustomerId(), subject, null);
    }

    private static UserRow row(UserAccount a, Instant lockedUntil) {
        return new UserRow(a.getId(), a.getVersion(), a.getUsername(), a.getDisplayName(), a.getRole(),
                a.getCustomerId(), a.isActive(), a.isMustChangePassword(), !a.isPasswordChosen(), lockedUntil);
    }
}
