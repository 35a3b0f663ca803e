package works.incentives.web.guidance;

/**
 * The guidance articles written for this product. Each is a Markdown file per language under
 * {@code guidance/<language>/<slug>.md} on the class path.
 */
public enum GuidanceArticle {
    OVERVIEW("overview"),
    CREATING_YOUR_PLAN("creating-your-plan"),
    ACTIVITY_TYPES("activity-types"),
    PREPARING_PROOF_OF_EXECUTION("preparing-proof-of-execution"),
    CLAIMS_PROCESS_AND_DEADLINES("claims-process-and-deadlines"),
    REJECTED_CLAIMS("rejected-claims");

    private final String slug;

    GuidanceArticle(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }
}
