package works.incentives.domain.audit;

import java.time.Instant;

/**
 * A plan or claim an incentives user prepared and handed to the partner's admins for submission
 * (DOMAIN.md: users draft, admins submit). The hand-over is the history entry
 * {@value #ACTION}; the item is listed while it is still open for editing (not yet submitted).
 *
 * @param subjectId   the plan's or claim's id
 * @param name        its title or name
 * @param requestedBy who handed it over
 * @param requestedAt when (the latest hand-over when there were several)
 */
public record SubmissionRequest(long subjectId, String name, String requestedBy, Instant requestedAt) {

    /** The history action of a hand-over for submission. */
    public static final String ACTION = "SUBMISSION_REQUESTED";
}
