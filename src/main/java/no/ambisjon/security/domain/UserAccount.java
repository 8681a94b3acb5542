package no.ambisjon.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import no.ambisjon.base.domain.AbstractEntity;
import no.ambisjon.base.domain.PlainText;
import no.ambisjon.base.i18n.Language;
import no.ambisjon.security.Role;

/** A login: agency staff (no customer) or a customer's own person (exactly one customer). */
@Entity
@Table(name = "user_account")
public class UserAccount extends AbstractEntity {

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "customer_id")
    private Long customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Language language = Language.NB;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "temporary_until")
    private Instant temporaryUntil;

    @Column(name = "attempts_cleared_after", nullable = false)
    private long attemptsClearedAfter;

    @Column(name = "check_in_reminders", nullable = false)
    private boolean checkInReminders = true;

    @Column(name = "password_chosen", nullable = false)
    private boolean passwordChosen = true;

    protected UserAccount() {
    }

    private UserAccount(String username, String displayName, String passwordHash, Role role, Long customerId) {
        this.username = normalise(username);
        this.displayName = Objects.requireNonNull(displayName);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.role = role;
        this.customerId = customerId;
    }

    public static UserAccount agencyStaff(String username, String displayName, String passwordHash, Role role) {
        if (!role.isAgencyStaff()) {
            throw new IllegalArgumentException("Not an agency role: " + role);
        }
        return new UserAccount(username, displayName, passwordHash, role, null);
    }

    public static UserAccount customerLogin(String username, String displayName, String passwordHash, Role role,
                                            long customerId) {
        if (!role.isCustomerLogin()) {
            throw new IllegalArgumentException("Not a customer role: " + role);
        }
        return new UserAccount(username, displayName, passwordHash, role, customerId);
    }

    /**
     * Usernames are e-mail-like and compared without regard to case, and without the characters
     * that are no text ({@link PlainText}), as the database stores and finds them: every variant of
     * a name that finds the same account counts as that name.
     */
    public static String normalise(String username) {
        return PlainText.clean(username).strip().toLowerCase(Locale.ROOT);
    }

    /** A password the user chose. */
    public void changePassword(String passwordHash) {
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.mustChangePassword = false;
        this.temporaryUntil = null;
        this.passwordChosen = true;
    }

    /** A new login, invited by mail: its password is one nobody knows until the user chooses one. */
    public void awaitChosenPassword() {
        this.passwordChosen = false;
    }

    /** Whether the user has chosen a password (an invited user has not, yet). */
    public boolean isPasswordChosen() {
        return passwordChosen;
    }

    /** A password someone else chose, which the user must change at the next login, before {@code until}. */
    public void giveTemporaryPassword(String passwordHash, Instant until) {
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.mustChangePassword = true;
        this.temporaryUntil = Objects.requireNonNull(until);
    }

    /** Failed logins up to this attempt no longer count against the account. */
    public void clearFailedLogins(long upToAttempt) {
        this.attemptsClearedAfter = Math.max(attemptsClearedAfter, upToAttempt);
    }

    /** Whether the password is a temporary one whose time has run out. */
    public boolean isTemporaryPasswordExpired(Instant now) {
        return mustChangePassword && temporaryUntil != null && !now.isBefore(temporaryUntil);
    }

    /** Failed logins up to this attempt no longer count against the account. */
    public long getAttemptsClearedAfter() {
        return attemptsClearedAfter;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public void rename(String displayName) {
        this.displayName = Objects.requireNonNull(displayName);
    }

    /** Agency staff stay agency staff and customer logins stay logins of their one customer. */
    public void changeRole(Role role) {
        if (role.isAgencyStaff() != this.role.isAgencyStaff()) {
            throw new IllegalArgumentException("A role change may not move an account between agency and customer");
        }
        this.role = role;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = Objects.requireNonNull(language);
    }

    public boolean isActive() {
        return active;
    }

    /** Whether the user gets the weekly mail about key results waiting for a check-in. */
    public boolean isCheckInReminders() {
        return checkInReminders;
    }

    public void setCheckInReminders(boolean checkInReminders) {
        this.checkInReminders = checkInReminders;
    }
}
