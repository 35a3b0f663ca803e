package works.incentives.domain.shared;

import java.util.Arrays;

/**
 * The role rules of DOMAIN.md "Who uses it", checked by the application services whatever the UI
 * shows: partner users draft, partner admins also submit/withdraw/dispute, program admins
 * configure, reviewers decide. Partner-side actors only ever reach their own organization's data;
 * anything else answers "not found" so that ids of other partners reveal nothing.
 */
public final class Permissions {

    private Permissions() {
    }

    public static void require(Actor actor, String action, Role... roles) {
        if (Arrays.stream(roles).noneMatch(r -> r == actor.role())) {
            throw new DomainRuleViolation(Rule.NOT_PERMITTED, actor.describe(), action);
        }
    }

    /** Refuses (as not found) a partner-side actor looking at another partner's {@code what}. */
    public static void requireVisible(Actor actor, long partnerId, String what, Object id) {
        if (!actor.maySee(partnerId)) {
            throw new DomainRuleViolation(Rule.NOT_FOUND, what, id);
        }
    }

    public static final Role[] PARTNER = {Role.INCENTIVES_USER, Role.INCENTIVES_ADMIN};
    public static final Role[] PARTNER_ADMIN = {Role.INCENTIVES_ADMIN};
    public static final Role[] REVIEWER = {Role.REVIEWER};
    public static final Role[] PROGRAM_ADMIN = {Role.PROGRAM_ADMIN};
}
