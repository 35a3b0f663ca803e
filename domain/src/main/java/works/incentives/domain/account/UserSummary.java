package works.incentives.domain.account;

import works.incentives.domain.shared.Role;

import java.time.Instant;

/** A user account as lists and forms show it; never the password hash. */
public record UserSummary(long id, long version, String userName, String displayName, Role role,
                          Long partnerId, boolean active, boolean mustChangePassword,
                          boolean locked, Instant lastSignIn) {

    static UserSummary of(UserAccount account, Instant now) {
        return new UserSummary(account.getId(), account.getVersion(), account.getUserName(),
                account.getDisplayName(), account.getRole(), account.getPartnerId(), account.isActive(),
                account.isMustChangePassword(), account.isLocked(now), account.getLastSignIn());
    }
}
