package works.incentives.domain.insight;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The dashboards' figures, each one grouped query (GROUP BY in the database, never rows loaded and
 * added up in Java). A {@code partnerId} of null means every partner (the vendor side).
 */
public interface InsightRepository {

    /** Fund balances summed by program, funding period and currency, ordered by claim deadline. */
    List<FundTotals> fundsByProgramAndPeriod(Long partnerId);

    /**
     * Money allocated but not claimed ({@code allocated - claimed}) per partner and funding period whose
     * claim deadline lies from {@code from} to {@code to} (both included), soonest deadline first; funds
     * with nothing left are absent.
     */
    List<Unclaimed> unclaimedByDeadline(Long partnerId, LocalDate from, LocalDate to);

    /**
     * Claims counted by status and activity type code. {@code onlyEverSubmitted} leaves out claims that
     * were never submitted (the vendor side's view).
     */
    List<Count> claimsByStatusAndType(Long partnerId, boolean onlyEverSubmitted);

    /** Plans counted by status and program (a plan's "type": the program it spends). Drafts left out when asked. */
    List<Count> plansByStatusAndProgram(Long partnerId, boolean withoutDrafts);

    /**
     * Reviewers' decisions since {@code since}, from the history: for every decision (approve, reject,
     * request action) by a reviewer, the time since the item last entered the queue (submitted,
     * answered, disputed); counted, averaged and compared with {@code slaSeconds} per kind and reviewer.
     */
    List<ReviewTimes> reviewTimes(Instant since, long slaSeconds);

    /** Items under review per kind and reviewer now, and how many have waited since before {@code slaCutoff}. */
    List<Backlog> backlogByReviewer(Instant slaCutoff);

    record FundTotals(long programId, String programName, long fundingPeriodId, String periodName,
                      LocalDate claimDeadline, String currencyCode, BigDecimal allocated, BigDecimal committed,
                      BigDecimal claimed, BigDecimal paid) {

        public BigDecimal unclaimed() {
            return allocated.subtract(claimed);
        }
    }

    record Unclaimed(long partnerId, String partnerName, long programId, String programName, long fundingPeriodId,
                     String periodName, LocalDate claimDeadline, String currencyCode, BigDecimal unclaimed) {
    }

    /** How many items are in a status, per group ({@code group}: an activity type code or a program name). */
    record Count(String status, String group, long count) {
    }

    /** {@code kind}: PLAN or CLAIM. Durations in seconds. */
    record ReviewTimes(String kind, String reviewer, long decisions, double averageSeconds, double longestSeconds,
                       long withinSla) {
    }

    record Backlog(String kind, String reviewer, long open, long overSla) {
    }
}
