package works.incentives.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import works.incentives.domain.shared.DomainRuleViolation;
import works.incentives.domain.shared.Role;
import works.incentives.domain.shared.Rule;
import works.incentives.domain.shared.UtcInstantConverter;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Someone who signs in: a partner-side user of exactly one partner organization, or a
 * vendor-side program admin or reviewer. Holds the sign-in rules: a lockout after repeated
 * failures, deactivation, and the password change an invited user owes on first sign-in.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

    private static final Pattern USER_NAME = Pattern.compile("[a-z0-9._@-]{3,60}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
    @SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 10)
    private Long id;

    @Version
    private long version;

    @Column(name = "user_name", nullable = false, unique = true, length = 60)
    private String userName;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Role role;

    @Column(name = "partner_id")
    private Long partnerId;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "last_sign_in")
    private Instant lastSignIn;

    /** Where notifications are e-mailed; null: inbox only (issue 14.4). */
    @Column(length = 254)
    private String email;

    /** The language the user last chose in the UI (a language tag), for e-mail texts; null: English. */
    @Column(name = "preferred_language", length = 20)
    private String preferredLanguage;

    /** Notification topics the user does not want by e-mail (comma separated names). */
    @Column(name = "email_muted_topics", length = 400)
    private String emailMutedTopics;

    protected UserAccount() {
        // for JPA
    }

    /**
     * A new account. Partner roles need the partner organization; vendor roles must not have one.
     * {@code mustChangePassword} is set for invited users, who got a temporary password.
     */
    public UserAccount(String userName, String displayName, Role role, Long partnerId,
                       String passwordHash, boolean mustChangePassword) {
        this.userName = normalise(userName);
        rename(displayName);
        Objects.requireNonNull(role, "role");
        if (role.isPartnerSide() != (partnerId != null)) {
            throw new DomainRuleViolation(Rule.ACCOUNT_ROLE_SIDE);
        }
        this.role = role;
        this.partnerId = partnerId;
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.mustChangePassword = mustChangePassword;
    }

    /** User names are case-insensitive: stored lower-case, checked against the allowed characters. */
    public static String normalise(String userName) {
        String normalised = userName == null ? "" : userName.strip().toLowerCase(Locale.ROOT);
        if (!USER_NAME.matcher(normalised).matches()) {
            throw new DomainRuleViolation(Rule.ACCOUNT_USER_NAME_INVALID);
        }
        return normalised;
    }

    public void rename(String newDisplayName) {
        if (newDisplayName == null || newDisplayName.isBlank()) {
            throw new DomainRuleViolation(Rule.ACCOUNT_DISPLAY_NAME_MISSING);
        }
        this.displayName = newDisplayName.strip();
    }

    /** A role on the same side only: a partner's user never becomes a vendor reviewer. */
    public void changeRole(Role newRole) {
        if (newRole.isPartnerSide() != role.isPartnerSide()) {
            throw new DomainRuleViolation(Rule.ACCOUNT_ROLE_SIDE);
        }
        this.role = newRole;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * Shows the lock {@link SignInThrottle} put on the name (the throttle decides; this lets
     * administrators see it on the user list until a password reset or reactivation lifts it).
     */
    public void lockUntil(Instant until) {
        lockedUntil = until;
    }

    public void recordSuccessfulSignIn(Instant now) {
        failedSignIns = 0;
        lockedUntil = null;
        lastSignIn = now;
    }

    public void deactivate() {
        active = false;
    }

    public void reactivate() {
        active = true;
        failedSignIns = 0;
        lockedUntil = null;
    }

    /** A password the user chose: the obligation to change it ends. */
    public void changePassword(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
        this.mustChangePassword = false;
    }

    /** A temporary password set by an administrator: the user must change it at next sign-in. */
    public void resetPassword(String temporaryHash) {
        this.passwordHash = Objects.requireNonNull(temporaryHash);
        this.mustChangePassword = true;
        this.failedSignIns = 0;
        this.lockedUntil = null;
    }

    /** The user's notification choices: an e-mail address (null: none) and the topics not wanted by e-mail. */
    public void changeNotificationChoices(String newEmail, java.util.Set<String> mutedTopics) {
        this.email = newEmail;
        this.emailMutedTopics = mutedTopics.isEmpty() ? null : String.join(",", mutedTopics.stream().sorted().toList());
    }

    public void choosePreferredLanguage(String languageTag) {
        this.preferredLanguage = languageTag;
    }

    public String getEmail() {
        return email;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    /** The names of the notification topics the user does not want by e-mail. */
    public java.util.Set<String> getEmailMutedTopics() {
        return emailMutedTopics == null ? java.util.Set.of()
                : java.util.Set.of(emailMutedTopics.split(","));
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getUserName() {
        return userName;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public int getFailedSignIns() {
        return failedSignIns;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getLastSignIn() {
        return lastSignIn;
    }
}
