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

    /**
     * Refuses (as not found) what the actor may not see: another partner's {@code what}, or, for
     * the vendor side, a partner's draft that was never submitted. Reviewers (and program admins)
     * see plans and claims from their first submission on; before that they are the partner's
     * own work (issue 11).
     */
    public static void requireVisible(Actor actor, long partnerId, boolean everSubmitted, String what, Object id) {
        requireVisible(actor, partnerId, what, id);
        if (!actor.role().isPartnerSide() && !everSubmitted) {
            throw new DomainRuleViolation(Rule.NOT_FOUND, what, id);
        }
    }

    /**
     * Who may read evidence files: the claim's own partner and reviewers. Program admins configure
     * programs and never need partners' documents (invoices, attendee lists, itineraries).
     */
    public static final Role[] EVIDENCE_READERS = {Role.INCENTIVES_USER, Role.INCENTIVES_ADMIN, Role.REVIEWER};

    public static final Role[] PARTNER = {Role.INCENTIVES_USER, Role.INCENTIVES_ADMIN};
    public static final Role[] PARTNER_ADMIN = {Role.INCENTIVES_ADMIN};
    public static final Role[] REVIEWER = {Role.REVIEWER};
    public static final Role[] PROGRAM_ADMIN = {Role.PROGRAM_ADMIN};
}
