package works.incentives.domain.claim;

import works.incentives.domain.shared.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Stores and finds claims (with their metrics and document metadata, never the bytes). */
public interface ClaimRepository {

    Claim save(Claim claim);

    Optional<Claim> findById(long id);

    /** A page of claims for review queues and lists. */
    List<Claim> findClaims(ClaimQuery filter, int offset, int limit, ClaimQuery.Sort sort);

    /**
     * A page of review-queue rows: only the columns a list shows, no documents or metrics. The
     * default maps whole claims; the JPA repository selects the columns (one query per page).
     */
    default List<ClaimCommands.ClaimRow> findClaimRows(ClaimQuery filter, int offset, int limit, ClaimQuery.Sort sort) {
        return findClaims(filter, offset, limit, sort).stream().map(ClaimCommands.ClaimRow::of).toList();
    }

    long countClaims(ClaimQuery filter);

    /**
     * How many claims match the filter in each status (ignoring the filter's own statuses), for the
     * queue's status tabs. Statuses without claims are absent. The default asks once per status; the
     * JPA repository groups in one query.
     */
    default Map<ClaimStatus, Long> countClaimsByStatus(ClaimQuery filter) {
        Map<ClaimStatus, Long> counts = new EnumMap<>(ClaimStatus.class);
        for (ClaimStatus status : ClaimStatus.values()) {
            long count = countClaims(filter.withStatuses(Set.of(status)));
            if (count > 0) {
                counts.put(status, count);
            }
        }
        return counts;
    }

    /**
     * Normalised invoice numbers of the partner's submitted claims (any state after DRAFT except
     * WITHDRAWN and EXPIRED) other than {@code exceptClaimId}: an invoice can back only one claim.
     */
    Set<String> invoiceNumbersInUse(long partnerId, long exceptClaimId);

    /**
     * What the partner's claims of a type code ask in a period, except one claim: the sum of the
     * amounts of claims that count against the limits ({@link ClaimStatus#countsAgainstLimits()}),
     * summed in the database. By code, so claims of every revision of a catalogue entry add up.
     */
    Money claimedForActivityType(long partnerId, long fundingPeriodId, String activityTypeCode, long exceptClaimId,
                                 Currency currency);

    /**
     * What the partner's claims on one planned activity ask, except one claim: the sum of the amounts
     * of claims that count against the limits ({@link ClaimStatus#countsAgainstLimits()}).
     */
    Money claimedForActivity(long partnerId, long activityId, long exceptClaimId, Currency currency);

    /** What fund-holding claims under a plan hold, except one claim. */
    Money heldUnderPlan(long planId, long exceptClaimId, Currency currency);

    /**
     * {@link #claimedForActivity} of many activities in one query: the sums by activity id (an
     * activity without such claims is absent).
     */
    Map<Long, BigDecimal> claimedPerActivity(long partnerId, Collection<Long> activityIds, long exceptClaimId);

    /**
     * {@link #claimedForActivityType} of every type code in many periods in one query: the sums by
     * period and type code (absent where there are none).
     */
    Map<PeriodAndType, BigDecimal> claimedPerPeriodAndType(long partnerId, Collection<Long> fundingPeriodIds,
                                                          long exceptClaimId);

    /** {@link #heldUnderPlan} of many plans in one query: the sums by plan id (absent where none is held). */
    Map<Long, BigDecimal> heldPerPlan(Collection<Long> planIds, long exceptClaimId);

    /** A funding period and an activity type code: what the per-period caps add up under. */
    record PeriodAndType(long fundingPeriodId, String activityTypeCode) {
    }

    /** Drafts whose claim deadline lies before {@code day}: the expiry job's work list. */
    List<Claim> findDraftsWithDeadlineBefore(LocalDate day);

    /** Claims waiting for a partner's answer due before {@code day}. */
    List<Claim> findUnansweredDueBefore(LocalDate day);
}
