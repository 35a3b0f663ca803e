package works.incentives.domain.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import works.incentives.domain.access.AccessDeniedException;
import works.incentives.domain.access.AllowedRoles;
import works.incentives.domain.access.CurrentActor;
import works.incentives.domain.shared.Actor;
import works.incentives.domain.shared.DomainRuleViolation;
import works.incentives.domain.shared.Role;
import works.incentives.domain.shared.Rule;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Sign-in and user management. Partner admins manage the users of their own partner only;
 * program admins manage vendor-side users and may create a partner's first admin.
 */
@ApplicationScoped
@Transactional
public class AccountService {

    private static final char[] TEMPORARY_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private static final char[] SUFFIX_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();

    private UserAccountRepository accounts;
    private PasswordHasher hasher;
    private CurrentActor currentActor;
    private Clock clock;
    private SignInThrottle throttle;
    private final SecureRandom random = new SecureRandom();
    private volatile String dummyHash;

    protected AccountService() {
        // for CDI proxies
    }

    @Inject
    public AccountService(UserAccountRepository accounts, PasswordHasher hasher, CurrentActor currentActor, Clock clock,
                          SignInThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.hasher = hasher;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /**
     * Checks a sign-in from a client address. Every failure looks alike: an unknown name, a
     * wrong password and a deactivated account verify a hash, count a failure in
     * {@link SignInThrottle} and answer {@link SignInOutcome#INVALID}. While the throttle makes
     * this client wait for this name (or the name is locked), the attempt answers
     * {@link SignInOutcome#LOCKED} without checking the password, whatever the name and password.
     */
    @Transactional(dontRollbackOn = DomainRuleViolation.class)
    public SignInResult signIn(String userName, char[] password, String client) {
        if (throttle.mustWait(client, userName)) {
            return SignInResult.failed(SignInOutcome.LOCKED);
        }
        Optional<UserAccount> found = Optional.empty();
        try {
            found = accounts.findByUserName(UserAccount.normalise(userName));
        } catch (DomainRuleViolation invalidName) {
            // counted below like any other unknown name
        }
        boolean passwordRight = hasher.verify(password, found.map(UserAccount::getPasswordHash).orElseGet(this::dummyHash));
        if (found.isEmpty() || !passwordRight || !found.get().isActive()) {
            Optional<Instant> locked = throttle.failed(client, userName);
            found.ifPresent(account -> locked.ifPresent(account::lockUntil));
            return SignInResult.failed(SignInOutcome.INVALID);
        }
        UserAccount account = found.get();
        throttle.succeeded(client, userName);
        account.recordSuccessfulSignIn(clock.instant());
        return new SignInResult(SignInOutcome.SUCCESS, account.getUserName(), account.getRole(),
                account.isMustChangePassword());
    }

    private String dummyHash() {
        String hash = dummyHash;
        if (hash == null) {
            hash = hasher.hash(temporaryPassword().toCharArray());
            dummyHash = hash;
        }
        return hash;
    }

    /** The actor behind a signed-in user name: role and partner, as the security layer needs them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Actor> actorFor(String userName) {
        return accounts.findByUserName(userName.toLowerCase(java.util.Locale.ROOT))
                .filter(UserAccount::isActive)
                .map(a -> new Actor(a.getUserName(), a.getRole(), a.getPartnerId()));
    }

    /** The signed-in user's own account. */
    @AllowedRoles({Role.INCENTIVES_USER, Role.INCENTIVES_ADMIN, Role.PROGRAM_ADMIN, Role.REVIEWER})
    public UserSummary me() {
        return UserSummary.of(own(), clock.instant());
    }

    /** Changes the signed-in user's password after checking the current one and the policy. */
    @AllowedRoles({Role.INCENTIVES_USER, Role.INCENTIVES_ADMIN, Role.PROGRAM_ADMIN, Role.REVIEWER})
    public void changeOwnPassword(char[] currentPassword, char[] newPassword) {
        UserAccount account = own();
        if (!hasher.verify(currentPassword, account.getPasswordHash())) {
            throw new DomainRuleViolation(Rule.PASSWORD_CURRENT_WRONG);
        }
        if (java.util.Arrays.equals(currentPassword, newPassword)) {
            throw new DomainRuleViolation(Rule.PASSWORD_UNCHANGED);
        }
        PasswordPolicy.check(account.getUserName(), newPassword);
        account.changePassword(hasher.hash(newPassword));
    }

    /** The users the caller manages: their partner's, or (program admin) the vendor side's. */
    @AllowedRoles({Role.INCENTIVES_ADMIN, Role.PROGRAM_ADMIN})
    public List<UserSummary> listManagedUsers() {
        Actor actor = currentActor.require();
        List<UserAccount> managed = actor.role().isPartnerSide()
                ? accounts.findByPartner(actor.partnerId())
                : accounts.findVendorUsers();
        Instant now = clock.instant();
        return managed.stream().sorted(Comparator.comparing(UserAccount::getDisplayName))
                .map(a -> UserSummary.of(a, now)).toList();
    }

    /** The users of one partner, for a program admin setting up that partner. */
    @AllowedRoles(Role.PROGRAM_ADMIN)
    public List<UserSummary> listPartnerUsers(long partnerId) {
        Instant now = clock.instant();
        return accounts.findByPartner(partnerId).stream()
                .sorted(Comparator.comparing(UserAccount::getDisplayName))
                .map(a -> UserSummary.of(a, now)).toList();
    }

    /**
     * Creates an account with a temporary password the new user must change at first sign-in.
     * An incentives admin invites partner roles into their own partner; a program admin invites
     * vendor roles, or a partner's users when naming the partner.
     * <p>User names are unique across all organizations, so "taken" would tell a partner admin
     * which names exist at other partners. A partner admin's invitation therefore always gets a
     * random suffix ({@code ann} becomes e.g. {@code ann-k7p2}, see {@link #withUniqueSuffix}): it
     * never answers "taken", whatever exists elsewhere. Program admins see every organization and
     * choose exact names.
     */
    @AllowedRoles({Role.INCENTIVES_ADMIN, Role.PROGRAM_ADMIN})
    public Invitation invite(InviteUser command) {
        Actor actor = currentActor.require();
        Long partnerId;
        if (actor.role().isPartnerSide()) {
            if (!command.role().isPartnerSide()) {
                throw new DomainRuleViolation(Rule.ACCOUNT_ROLE_SIDE);
            }
            partnerId = actor.partnerId();
        } else {
            partnerId = command.role().isPartnerSide() ? command.partnerId() : null;
            if (command.role().isPartnerSide() && partnerId == null) {
                throw new DomainRuleViolation(Rule.VALUE_REQUIRED, "partner");
            }
        }
        String userName = actor.role().isPartnerSide() ? withUniqueSuffix(command.userName())
                : UserAccount.normalise(command.userName());
        if (accounts.findByUserName(userName).isPresent()) {
            throw new DomainRuleViolation(Rule.ACCOUNT_USER_NAME_TAKEN, userName);
        }
        String temporary = temporaryPassword();
        UserAccount account = accounts.save(new UserAccount(userName, command.displayName(), command.role(),
                partnerId, hasher.hash(temporary.toCharArray()), true));
        return new Invitation(UserSummary.of(account, clock.instant()), temporary);
    }

    /** Deactivates a managed user; they can no longer sign in. Never oneself, never the last admin. */
    @AllowedRoles({Role.INCENTIVES_ADMIN, Role.PROGRAM_ADMIN})
    public UserSummary deactivate(long userId, long expectedVersion) {
        Actor actor = currentActor.require();
        UserAccount account = managed(actor, userId, expectedVersion);
        if (account.getUserName().equals(actor.userName())) {
            throw new DomainRuleViolation(Rule.ACCOUNT_NOT_SELF);
        }
        requireAnotherAdmin(account);
        account.deactivate();
        return UserSummary.of(account, clock.instant());
    }

    @AllowedRoles({Role.INCENTIVES_ADMIN, Role.PROGRAM_ADMIN})
    public UserSummary reactivate(long userId, long expectedVersion) {
        UserAccount account = managed(currentActor.require(), userId, expectedVersion);
        account.reactivate();
        throttle.forgetName(account.getUserName());
        return UserSummary.of(account, clock.instant());
    }

    /** Sets a managed user's role, on the same side; the last admin keeps theirs. */
    @AllowedRoles({Role.INCENTIVES_ADMIN, Role.PROGRAM_ADMIN})
    public UserSummary changeRole(long userId, long expectedVersion, Role newRole) {
        UserAccount account = managed(currentActor.require(), userId, expectedVersion);
        if (account.getRole() != newRole) {
            requireAnotherAdmin(account);
        }
        account.changeRole(newRole);
        return UserSummary.of(account, clock.instant());
    }

    /** A new temporary password for a managed user (forgotten password, or a lock to lift). */
    @AllowedRoles({Role.INCENTIVES_ADMIN, Role.PROGRAM_ADMIN})
    public Invitation resetPassword(long userId, long expectedVersion) {
        UserAccount account = managed(currentActor.require(), userId, expectedVersion);
        String temporary = temporaryPassword();
        account.resetPassword(hasher.hash(temporary.toCharArray()));
        throttle.forgetName(account.getUserName());
        return new Invitation(UserSummary.of(account, clock.instant()), temporary);
    }

    /**
     * Creates an account at start-up: the first program admin from configuration (no caller), or
     * the demo users (acting as the demo program admin). Does nothing when the user name exists.
     * Refused to any signed-in user but a program admin.
     */
    public boolean createIfAbsent(String userName, String displayName, Role role, Long partnerId,
                                  char[] password, boolean checkPolicy) {
        currentActor.get().filter(caller -> caller.role() != Role.PROGRAM_ADMIN).ifPresent(caller -> {
            throw new AccessDeniedException(caller.describe() + " may not create accounts directly");
        });
        String key = UserAccount.normalise(userName);
        if (accounts.findByUserName(key).isPresent()) {
            return false;
        }
        if (checkPolicy) {
            PasswordPolicy.check(key, password);
        }
        accounts.save(new UserAccount(key, displayName, role, partnerId, hasher.hash(password), false));
        return true;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean hasAccounts() {
        return accounts.count() > 0;
    }

    /** Whether anyone can administer programs; without one, the first comes from configuration. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean hasActiveProgramAdmin() {
        return accounts.countActiveWithRole(Role.PROGRAM_ADMIN, null) > 0;
    }

    private UserAccount own() {
        Actor actor = currentActor.require();
        return accounts.findByUserName(actor.userName())
                .orElseThrow(() -> new AccessDeniedException("no account for " + actor.userName()));
    }

    /** A user the actor manages; any other id answers "not found", whether it exists or not. */
    private UserAccount managed(Actor actor, long userId, long expectedVersion) {
        UserAccount account = accounts.findById(userId)
                .filter(a -> actor.role().isPartnerSide()
                        ? actor.partnerId().equals(a.getPartnerId())
                        : a.getPartnerId() == null || actor.role() == Role.PROGRAM_ADMIN)
                .orElseThrow(() -> new DomainRuleViolation(Rule.NOT_FOUND, "User", userId));
        if (account.getVersion() != expectedVersion) {
            throw new OptimisticLockException("user " + userId + " was changed by someone else");
        }
        return account;
    }

    private void requireAnotherAdmin(UserAccount account) {
        Role adminRole = account.getRole() == Role.INCENTIVES_ADMIN ? Role.INCENTIVES_ADMIN
                : account.getRole() == Role.PROGRAM_ADMIN ? Role.PROGRAM_ADMIN : null;
        if (adminRole != null && account.isActive()
                && accounts.countActiveWithRole(adminRole, account.getPartnerId()) <= 1) {
            throw new DomainRuleViolation(Rule.ACCOUNT_LAST_ADMIN);
        }
    }

    /**
     * The requested name with a random four-character suffix, drawn again while the result is
     * taken: the answer is the same whether or not the requested name exists anywhere.
     */
    private String withUniqueSuffix(String requested) {
        String base = UserAccount.normalise(requested);
        base = base.length() > 55 ? base.substring(0, 55) : base;
        for (int attempt = 0; attempt < 20; attempt++) {
            StringBuilder name = new StringBuilder(base).append('-');
            for (int i = 0; i < 4; i++) {
                name.append(SUFFIX_ALPHABET[random.nextInt(SUFFIX_ALPHABET.length)]);
            }
            if (accounts.findByUserName(name.toString()).isEmpty()) {
                return name.toString();
            }
        }
        throw new IllegalStateException("no free user name for " + base);
    }

    private String temporaryPassword() {
        StringBuilder temporary = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            temporary.append(TEMPORARY_ALPHABET[random.nextInt(TEMPORARY_ALPHABET.length)]);
        }
        return temporary.toString();
    }
}
