package works.incentives.domain.apitoken;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores and finds API tokens; implemented in the persistence module. */
public interface ApiTokenRepository {

    ApiToken save(ApiToken token);

    Optional<ApiToken> findById(long id);

    Optional<ApiToken> findByHash(String tokenHash);

    /** The user's tokens, newest first, revoked ones included. */
    List<ApiToken> findByUser(String userName);

    /**
     * Records a use at {@code now} unless one was recorded after {@code notBefore}: a bulk update that
     * moves no version, so parallel calls with the same token never conflict and most calls write nothing.
     */
    void recordUse(long id, Instant now, Instant notBefore);
}
