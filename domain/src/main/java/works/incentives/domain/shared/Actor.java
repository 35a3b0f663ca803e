package works.incentives.domain.shared;

import java.util.Objects;

/**
 * Who asks for a change: recorded in the history. Partner-side actors carry their partner
 * organization so queries can be scoped to it (enforced by the security layer in a later issue).
 */
public record Actor(String userName, Role role, Long partnerId) {

    public Actor {
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(role, "role");
        if (role.isPartnerSide() && partnerId == null) {
            throw new IllegalArgumentException("a partner-side actor belongs to a partner");
        }
    }

    public static Actor partnerUser(String userName, long partnerId) {
        return new Actor(userName, Role.INCENTIVES_USER, partnerId);
    }

    public static Actor partnerAdmin(String userName, long partnerId) {
        return new Actor(userName, Role.INCENTIVES_ADMIN, partnerId);
    }

    public static Actor reviewer(String userName) {
        return new Actor(userName, Role.REVIEWER, null);
    }

    public static Actor programAdmin(String userName) {
        return new Actor(userName, Role.PROGRAM_ADMIN, null);
    }

    /** Vendor-side roles see every partner; partner-side roles only their own. */
    public boolean maySee(long partner) {
        return !role.isPartnerSide() || partnerId == partner;
    }

    public String describe() {
        return userName + " (" + role + ")";
    }
}
