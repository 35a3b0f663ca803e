package works.incentives.domain.account;

import java.time.Instant;
import java.util.Optional;

/** Failed sign-ins per throttle key, shared by every node; implemented in the persistence module. */
public interface SignInFailureRepository {

    Optional<SignInFailures> find(String key);

    /**
     * Counts one more failure atomically (an {@code UPDATE ... SET failures = failures + 1}, never a
     * read-modify-write): the count starts again at 1 when the last failure was before
     * {@code restartBefore}. Creates the row if there is none. Returns the new count.
     */
    int recordFailure(String key, Instant now, Instant restartBefore);

    void clear(String key);

    /** Deletes the rows whose last failure is before {@code cutoff}; returns how many. */
    int deleteOlderThan(Instant cutoff);
}
