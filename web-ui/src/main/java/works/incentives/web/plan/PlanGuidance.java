package works.incentives.web.plan;

import works.incentives.web.guidance.GuidanceArticle;
import works.incentives.web.guidance.GuidanceLink;

import java.util.List;

/** The guidance sections the plan screens link to; constants so a test can check every target exists. */
public final class PlanGuidance {

    public static final GuidanceLink PROGRAM_AND_FUND = new GuidanceLink(GuidanceArticle.CREATING_YOUR_PLAN, "program-and-fund");
    public static final GuidanceLink PLAN_BASICS = new GuidanceLink(GuidanceArticle.CREATING_YOUR_PLAN, "plan-basics");
    public static final GuidanceLink CAMPAIGNS = new GuidanceLink(GuidanceArticle.CREATING_YOUR_PLAN, "campaigns");
    public static final GuidanceLink ACTIVITIES = new GuidanceLink(GuidanceArticle.CREATING_YOUR_PLAN, "activities");
    public static final GuidanceLink REVIEW_AND_SUBMIT = new GuidanceLink(GuidanceArticle.CREATING_YOUR_PLAN, "review-and-submit");
    public static final GuidanceLink AFTER_SUBMISSION = new GuidanceLink(GuidanceArticle.CREATING_YOUR_PLAN, "after-submission");
    public static final GuidanceLink DEMAND_GENERATION = new GuidanceLink(GuidanceArticle.ACTIVITY_TYPES, "demand-generation");
    public static final GuidanceLink MARKET_DEVELOPMENT = new GuidanceLink(GuidanceArticle.ACTIVITY_TYPES, "market-development");
    public static final GuidanceLink PARTNER_READINESS = new GuidanceLink(GuidanceArticle.ACTIVITY_TYPES, "partner-readiness");
    public static final GuidanceLink EVIDENCE = new GuidanceLink(GuidanceArticle.ACTIVITY_TYPES, "evidence");
    public static final GuidanceLink CAPS = new GuidanceLink(GuidanceArticle.ACTIVITY_TYPES, "caps");
    public static final GuidanceLink STATES = new GuidanceLink(GuidanceArticle.CLAIMS_PROCESS_AND_DEADLINES, "states");
    public static final GuidanceLink DEADLINES = new GuidanceLink(GuidanceArticle.CLAIMS_PROCESS_AND_DEADLINES, "deadlines");
    public static final GuidanceLink FUNDS_AND_EXPIRY = new GuidanceLink(GuidanceArticle.CLAIMS_PROCESS_AND_DEADLINES, "funds-and-expiry");
    public static final GuidanceLink ACTION_REQUIRED = new GuidanceLink(GuidanceArticle.CLAIMS_PROCESS_AND_DEADLINES, "action-required");
    public static final GuidanceLink PLANS = new GuidanceLink(GuidanceArticle.OVERVIEW, "plans");
    public static final GuidanceLink PROOFS_OF_EXECUTION = new GuidanceLink(GuidanceArticle.OVERVIEW, "proofs-of-execution");
    public static final GuidanceLink ROLES = new GuidanceLink(GuidanceArticle.OVERVIEW, "roles");

    /** Every link above, for tests and for the translation keys naming them. */
    public static final List<GuidanceLink> ALL = List.of(PROGRAM_AND_FUND, PLAN_BASICS, CAMPAIGNS, ACTIVITIES,
            REVIEW_AND_SUBMIT, AFTER_SUBMISSION, DEMAND_GENERATION, MARKET_DEVELOPMENT, PARTNER_READINESS, EVIDENCE,
            CAPS, STATES, DEADLINES, FUNDS_AND_EXPIRY, ACTION_REQUIRED, PLANS, PROOFS_OF_EXECUTION, ROLES);

    private PlanGuidance() {
    }
}
