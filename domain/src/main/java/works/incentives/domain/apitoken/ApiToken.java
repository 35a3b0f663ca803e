package works.incentives.domain.apitoken;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import works.incentives.domain.shared.DomainRuleViolation;
import works.incentives.domain.shared.FreeText;
import works.incentives.domain.shared.Rule;
import works.incentives.domain.shared.UtcInstantConverter;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A personal API token: acts as its user (same role, same organization) until it is revoked or
 * expires. Only the SHA-256 of the secret is kept, so a leaked database gives no usable token;
 * the secret itself is shown once, when the token is created.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    /** The longest name a token may have. */
    public static final int NAME_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 10)
    private Long id;

    @Version
    private long version;

    @Column(name = "user_name", nullable = false, length = 60)
    private String userName;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** UTC wall clock, mapped directly so the repository's bulk update can bind it (no converter in JPQL updates). */
    @Column(name = "last_used_at")
    private LocalDateTime lastUsedAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "expires_at")
    private Instant expiresAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {
        // for JPA
    }

    /** A new token of {@code userName}; {@code expiresAt} null: valid until revoked. */
    public ApiToken(String userName, String name, String tokenHash, Instant createdAt, Instant expiresAt) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new DomainRuleViolation(Rule.VALUE_REQUIRED, "name");
        }
        this.userName = userName;
        this.name = FreeText.limited(trimmed, NAME_MAX);
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        if (expiresAt != null && !expiresAt.isAfter(createdAt)) {
            throw new DomainRuleViolation(Rule.API_TOKEN_EXPIRY_PAST);
        }
        this.expiresAt = expiresAt;
    }

    /** Whether a request at {@code now} may use it: not revoked, not expired. */
    public boolean validAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    /** Revokes it for good; revoking twice keeps the first time. */
    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
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

    public String getName() {
        return name;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt == null ? null : lastUsedAt.toInstant(ZoneOffset.UTC);
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
