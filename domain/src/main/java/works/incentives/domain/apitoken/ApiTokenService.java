package works.incentives.domain.apitoken;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import works.incentives.domain.access.AllowedRoles;
import works.incentives.domain.access.CurrentActor;
import works.incentives.domain.account.UserAccount;
import works.incentives.domain.account.UserAccountRepository;
import works.incentives.domain.shared.Actor;
import works.incentives.domain.shared.DomainRuleViolation;
import works.incentives.domain.shared.Role;
import works.incentives.domain.shared.Rule;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * A user's personal API tokens: created (the secret shown once), listed and revoked by the signed-in
 * user only for themselves; and the REST API's sign-in, {@link #authenticate}, which turns a secret
 * into the actor of its user as the account is now (a deactivated account's tokens stop working,
 * a changed role applies at once).
 */
@ApplicationScoped
@Transactional
public class ApiTokenService {

    /** Every token starts so, which lets secret scanners recognise a leaked one. */
    public static final String PREFIX = "iwt_";

    /** Uses are written at most once a minute per token. */
    static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A token's listing: never its secret nor its hash. */
    public record ApiTokenView(long id, long version, String name, Instant createdAt, Instant lastUsedAt,
                               Instant expiresAt, Instant revokedAt, boolean active) {

        static ApiTokenView of(ApiToken t, Instant now) {
            return new ApiTokenView(t.getId(), t.getVersion(), t.getName(), t.getCreatedAt(), t.getLastUsedAt(),
                    t.getExpiresAt(), t.getRevokedAt(), t.validAt(now));
        }
    }

    /** A token just created with its secret: the only time the secret exists outside the caller's hands. */
    public record NewApiToken(ApiTokenView token, String secret) {
    }

    private ApiTokenRepository tokens;
    private UserAccountRepository accounts;
    private CurrentActor currentActor;
    private Clock clock;

    protected ApiTokenService() {
        // for CDI proxies
    }

    @Inject
    public ApiTokenService(ApiTokenRepository tokens, UserAccountRepository accounts, CurrentActor currentActor,
                           Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /**
     * A new token for the signed-in user, valid until revoked or, with {@code expiresOn}, until the
     * start of that day (UTC). The secret is 256 random bits; only its SHA-256 is stored.
     */
    @AllowedRoles({Role.INCENTIVES_USER, Role.INCENTIVES_ADMIN, Role.PROGRAM_ADMIN, Role.REVIEWER})
    public NewApiToken create(String name, LocalDate expiresOn) {
        Actor actor = currentActor.require();
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant now = clock.instant();
        Instant expiresAt = expiresOn == null ? null : expiresOn.atStartOfDay(ZoneOffset.UTC).toInstant();
        ApiToken token = tokens.save(new ApiToken(actor.userName(), name, hash(secret), now, expiresAt));
        return new NewApiToken(ApiTokenView.of(token, now), secret);
    }

    /** The signed-in user's tokens, newest first. */
    @AllowedRoles({Role.INCENTIVES_USER, Role.INCENTIVES_ADMIN, Role.PROGRAM_ADMIN, Role.REVIEWER})
    public List<ApiTokenView> mine() {
        Actor actor = currentActor.require();
        Instant now = clock.instant();
        return tokens.findByUser(actor.userName()).stream().map(t -> ApiTokenView.of(t, now)).toList();
    }

    /** Revokes one of the signed-in user's own tokens (another user's answers "not found"). */
    @AllowedRoles({Role.INCENTIVES_USER, Role.INCENTIVES_ADMIN, Role.PROGRAM_ADMIN, Role.REVIEWER})
    public ApiTokenView revoke(long tokenId, long expectedVersion) {
        Actor actor = currentActor.require();
        ApiToken token = tokens.findById(tokenId).filter(t -> t.getUserName().equals(actor.userName()))
                .orElseThrow(() -> new DomainRuleViolation(Rule.NOT_FOUND, "token", tokenId));
        if (token.getVersion() != expectedVersion) {
            throw new OptimisticLockException("token " + tokenId + " is at version " + token.getVersion()
                    + ", not " + expectedVersion);
        }
        token.revoke(clock.instant());
        return ApiTokenView.of(tokens.save(token), clock.instant());
    }

    /**
     * The actor a presented secret acts as: empty for an unknown, revoked or expired token and for
     * a deactivated account. Open to anonymous callers: it is how they sign in.
     */
    public Optional<Actor> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 200) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<ApiToken> token = tokens.findByHash(hash(secret)).filter(t -> t.validAt(now));
        Optional<Actor> actor = token.flatMap(t -> accounts.findByUserName(t.getUserName()))
                .filter(UserAccount::isActive)
                .map(a -> new Actor(a.getUserName(), a.getRole(), a.getPartnerId()));
        if (actor.isPresent()) {
            tokens.recordUse(token.get().getId(), now, now.minus(USE_RECORDED_EVERY));
        }
        return actor;
    }

    /** The stored form of a secret: SHA-256, hex. A fast hash suffices for 256 random bits (no guessing). */
    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
