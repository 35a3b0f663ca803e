package works.incentives.web.claim;

import works.incentives.web.guidance.GuidanceArticle;
import works.incentives.web.guidance.GuidanceLink;

/** The guidance sections the claim screens link to; constants so a test can check every target exists. */
public final class ClaimGuidance {

    public static final GuidanceLink CHOOSE_ACTIVITY = poe("choose-activity");
    public static final GuidanceLink EXECUTION_DETAILS = poe("execution-details");
    public static final GuidanceLink COSTS = poe("costs-invoice-or-self-certification");
    public static final GuidanceLink EVIDENCE = poe("evidence");
    public static final GuidanceLink CHECK_AND_SUBMIT = poe("check-and-submit");
    public static final GuidanceLink AFTER_SUBMISSION = poe("after-submission");
    public static final GuidanceLink WHY_REJECTED = new GuidanceLink(GuidanceArticle.REJECTED_CLAIMS, "why-claims-get-rejected");
    public static final GuidanceLink DISPUTE = new GuidanceLink(GuidanceArticle.REJECTED_CLAIMS, "dispute");
    public static final GuidanceLink RESUBMIT = new GuidanceLink(GuidanceArticle.REJECTED_CLAIMS, "resubmit");
    public static final GuidanceLink STATES = new GuidanceLink(GuidanceArticle.CLAIMS_PROCESS_AND_DEADLINES, "states");
    public static final GuidanceLink DEADLINES = new GuidanceLink(GuidanceArticle.CLAIMS_PROCESS_AND_DEADLINES, "deadlines");
    public static final GuidanceLink FUNDS_AND_EXPIRY = new GuidanceLink(GuidanceArticle.CLAIMS_PROCESS_AND_DEADLINES, "funds-and-expiry");
    public static final GuidanceLink ACTION_REQUIRED = new GuidanceLink(GuidanceArticle.CLAIMS_PROCESS_AND_DEADLINES, "action-required");
    public static final GuidanceLink ACTIVITY_EVIDENCE = new GuidanceLink(GuidanceArticle.ACTIVITY_TYPES, "evidence");
    public static final GuidanceLink CAPS = new GuidanceLink(GuidanceArticle.ACTIVITY_TYPES, "caps");

    private ClaimGuidance() {
    }

    private static GuidanceLink poe(String heading) {
        return new GuidanceLink(GuidanceArticle.PREPARING_PROOF_OF_EXECUTION, heading);
    }
}
