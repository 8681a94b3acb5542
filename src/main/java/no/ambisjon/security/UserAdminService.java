package no.ambisjon.security;

import jakarta.validation.Valid;
import java.util.Comparator;
import java.util.List;
import no.ambisjon.base.NotFoundException;
import no.ambisjon.base.audit.AuditKind;
import no.ambisjon.base.audit.AuditLog;
import no.ambisjon.security.domain.UserAccount;
import no.ambisjon.security.domain.UserAccountRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Administration of users: agency staff and customer logins. A customer login belongs to one
 * customer for good and never gets an agency role. New users and reset passwords get a one-time
 * temporary password, which must be changed at the next login.
 */
@Service
@Validated
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class UserAdminService {

    private final UserAccountRepository accounts;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    UserAdminService(UserAccountRepository accounts, PasswordPolicy policy, PasswordEncoder encoder, AuditLog audit,
                     CurrentUser currentUser, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.policy = policy;
        this.encoder = encoder;
        this.audit = audit;
        this.currentUser = currentUser;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<UserRow> users() {
        return accounts.findAll().stream().map(UserAdminService::row)
                .sorted(Comparator.comparing(UserRow::displayName, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /**
     * @return the temporary password, to be handed to the user; it is not stored anywhere readable
     * @throws UsernameTakenException when another user has the username
     */
    public String create(@Valid NewUser form) {
        var username = UserAccount.normalise(form.getUsername());
        if (accounts.findByUsername(username).isPresent()) {
            throw new UsernameTakenException();
        }
        var temporary = policy.temporaryPassword();
        var hash = encoder.encode(temporary);
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
        account.changePassword(hash, true);
        try {
            accounts.saveAndFlush(account);
        } catch (DataIntegrityViolationException e) {
            throw new UsernameTakenException();
        }
        audit.record(AuditKind.USER_CREATED, account.getCustomerId(), username + " (" + form.getRole() + ")");
        return temporary;
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
        var account = load(userId);
        account.requireVersion(version);
        var role = change.getRole();
        var active = change.isActive();
        var self = account.getId() == currentUser.require().id();
        if (self && (role != account.getRole() || !active)) {
            throw new IllegalArgumentException("Administrators change neither their own role nor their own access");
        }
        if (!change.getDisplayName().strip().equals(account.getDisplayName())) {
            account.rename(change.getDisplayName().strip());
        }
        if (role != account.getRole()) {
            account.changeRole(role);
            audit.record(AuditKind.USER_ROLE_CHANGED, account.getCustomerId(), account.getUsername() + ": " + role);
        }
        if (active != account.isActive()) {
            account.setActive(active);
            audit.record(active ? AuditKind.USER_ACTIVATED : AuditKind.USER_DEACTIVATED, account.getCustomerId(),
                    account.getUsername());
            if (!active) {
                events.publishEvent(new AccountDeactivated(account.getId()));
            }
        }
        accounts.flush();
    }

    /** @return a new temporary password, which the user must change at the next login */
    public String resetPassword(long userId) {
        var account = load(userId);
        var temporary = policy.temporaryPassword();
        account.changePassword(encoder.encode(temporary), true);
        audit.record(AuditKind.PASSWORD_RESET, account.getCustomerId(), account.getUsername());
        return temporary;
    }

    private UserAccount load(long userId) {
        return accounts.findById(userId).orElseThrow(NotFoundException::new);
    }

    private static UserRow row(UserAccount a) {
        return new UserRow(a.getId(), a.getVersion(), a.getUsername(), a.getDisplayName(), a.getRole(),
                a.getCustomerId(), a.isActive(), a.isMustChangePassword(), a.getLockedUntil());
    }
}
