package works.incentives.domain.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Slows down password guessing without letting anyone lock a colleague out (issue 11).
 * The policy, counted in the database so every node answers alike, for every name, known or not:
 * <ul>
 * <li><b>Per client and name</b>: {@value #FREE_FAILURES_PER_CLIENT_AND_NAME} failures are free;
 *     after that this client must wait 1 s, 2 s, 4 s … (at most {@link #MAX_DELAY}) before the
 *     next attempt at this name. Other clients are not affected.</li>
 * <li><b>Per client</b> (spraying many names): {@value #FREE_FAILURES_PER_CLIENT} failures are
 *     free, then the same growing delay for every name from that client.</li>
 * <li><b>Per name</b> (a guessing attack from many clients): each client counts for at most
 *     {@value #NAME_FAILURES_COUNTED_PER_CLIENT} failures; at {@value #NAME_LOCK_FAILURES}
 *     counted failures the name is locked for {@link #NAME_LOCK} for everyone. So it takes at
 *     least ten clients to lock a name, and five requests from anyone never do.</li>
 * </ul>
 * An attempt inside a delay or lock is refused without checking the password. A successful
 * sign-in clears the client's and the name's counts; counts are forgotten a day after the last
 * failure, and such rows are deleted.
 */
@ApplicationScoped
public class SignInThrottle {

    public static final int FREE_FAILURES_PER_CLIENT_AND_NAME = 3;
    public static final int FREE_FAILURES_PER_CLIENT = 100;
    public static final int NAME_FAILURES_COUNTED_PER_CLIENT = 5;
    public static final int NAME_LOCK_FAILURES = 50;
    public static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    public static final Duration MAX_DELAY = Duration.ofMinutes(15);
    public static final Duration NAME_LOCK = Duration.ofMinutes(15);
    /** Failures older than this no longer count, and their rows are deleted. */
    public static final Duration FORGET_AFTER = Duration.ofHours(24);
    private static final Duration PURGE_EVERY = Duration.ofMinutes(10);

    private SignInFailureRepository failures;
    private Clock clock;
    private volatile Instant lastPurge = Instant.EPOCH;

    protected SignInThrottle() {
        // for CDI proxies
    }

    @Inject
    public SignInThrottle(SignInFailureRepository failures, Clock clock) {
        this.failures = failures;
        this.clock = clock;
    }

    /** The delay a subject must wait after {@code count} failures when the first {@code free} are free. */
    public static Duration delayAfter(int count, int free) {
        if (count < free) {
            return Duration.ZERO;
        }
        int doublings = count - free;
        if (doublings >= 30) {
            return MAX_DELAY;
        }
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    /** The name as counted: like {@link UserAccount#normalise}, but never refused (unknown and invalid names count too). */
    public static String nameKey(String userName) {
        String name = userName == null ? "" : userName.strip().toLowerCase(Locale.ROOT);
        return name.length() > 100 ? name.substring(0, 100) : name;
    }

    static String clientKey(String client) {
        String address = client == null || client.isBlank() ? "unknown" : client.strip();
        return "client:" + (address.length() > 64 ? address.substring(0, 64) : address);
    }

    static String clientNameKey(String client, String name) {
        return "client-name:" + clientKey(client).substring("client:".length()) + " " + nameKey(name);
    }

    static String nameOnlyKey(String name) {
        return "name:" + nameKey(name);
    }

    /** Whether this client must wait before trying this name again; decided without any password. */
    public boolean mustWait(String client, String userName) {
        Instant now = clock.instant();
        return waiting(failures.find(clientNameKey(client, userName)), FREE_FAILURES_PER_CLIENT_AND_NAME, now)
                || waiting(failures.find(clientKey(client)), FREE_FAILURES_PER_CLIENT, now)
                || nameLocked(userName, now);
    }

    /** Whether the name is locked for everyone, until when. */
    public Optional<Instant> nameLockedUntil(String userName) {
        Instant now = clock.instant();
        return failures.find(nameOnlyKey(userName)).filter(f -> f.getFailures() >= NAME_LOCK_FAILURES)
                .map(f -> f.getLastFailure().plus(NAME_LOCK)).filter(now::isBefore);
    }

    private boolean nameLocked(String userName, Instant now) {
        return nameLockedUntil(userName).isPresent();
    }

    private static boolean waiting(Optional<SignInFailures> row, int free, Instant now) {
        return row.filter(f -> f.getLastFailure().isAfter(now.minus(FORGET_AFTER)))
                .map(f -> now.isBefore(f.getLastFailure().plus(delayAfter(f.getFailures(), free))))
                .orElse(false);
    }

    /**
     * Counts a failed attempt of this client at this name. Returns when the name lock this
     * failure started ends, if it started one.
     */
    public Optional<Instant> failed(String client, String userName) {
        Instant now = clock.instant();
        Instant restart = now.minus(FORGET_AFTER);
        int fromClient = failures.recordFailure(clientNameKey(client, userName), now, restart);
        failures.recordFailure(clientKey(client), now, restart);
        Optional<Instant> lockStarted = Optional.empty();
        if (fromClient <= NAME_FAILURES_COUNTED_PER_CLIENT) {
            int forName = failures.recordFailure(nameOnlyKey(userName), now, restart);
            if (forName == NAME_LOCK_FAILURES) {
                lockStarted = Optional.of(now.plus(NAME_LOCK));
            }
        }
        purgeNowAndThen(now);
        return lockStarted;
    }

    /** A successful sign-in: this client's count at this name and the name's count start again. */
    public void succeeded(String client, String userName) {
        failures.clear(clientNameKey(client, userName));
        failures.clear(nameOnlyKey(userName));
    }

    /** An administrator lifted the lock (password reset, reactivation): the name's own count starts again. */
    public void forgetName(String userName) {
        failures.clear(nameOnlyKey(userName));
    }

    private void purgeNowAndThen(Instant now) {
        if (now.isAfter(lastPurge.plus(PURGE_EVERY))) {
            lastPurge = now;
            failures.deleteOlderThan(now.minus(FORGET_AFTER));
        }
    }
}
