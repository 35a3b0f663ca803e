package works.incentives.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Failed sign-ins counted for one subject: a user name (known or not), a client address, or a
 * client and a name together ({@link SignInThrottle} names the keys). Shared by every node through
 * the database and only ever changed by atomic updates of the repository, never read-modify-write,
 * hence no {@code @Version}.
 */
@Entity
@Table(name = "sign_in_failure")
public class SignInFailures {

    @Id
    @Column(name = "throttle_key", length = 200)
    private String key;

    @Column(nullable = false)
    private int failures;

    /** UTC wall clock, mapped directly so bulk updates can bind it (no converter in JPQL updates). */
    @Column(name = "last_failure", nullable = false)
    private LocalDateTime lastFailure;

    protected SignInFailures() {
        // for JPA
    }

    public SignInFailures(String key, int failures, Instant lastFailure) {
        this.key = key;
        this.failures = failures;
        this.lastFailure = utc(lastFailure);
    }

    public static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    public String getKey() {
        return key;
    }

    public int getFailures() {
        return failures;
    }

    public Instant getLastFailure() {
        return lastFailure.toInstant(ZoneOffset.UTC);
    }
}
