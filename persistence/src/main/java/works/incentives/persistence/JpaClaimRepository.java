package works.incentives.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import works.incentives.domain.claim.Claim;
import works.incentives.domain.claim.ClaimCommands.ClaimRow;
import works.incentives.domain.claim.ClaimQuery;
import works.incentives.domain.claim.ClaimRepository;
import works.incentives.domain.claim.ClaimStatus;
import works.incentives.domain.claim.Invoice;
import works.incentives.domain.shared.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaClaimRepository implements ClaimRepository {

    private static final List<ClaimStatus> HOLDING_FUNDS = EnumSet.allOf(ClaimStatus.class).stream()
            .filter(ClaimStatus::holdsFunds).toList();
    /** Claims that count against an activity's approved amount and the type's period caps. */
    private static final List<ClaimStatus> COUNTING = EnumSet.allOf(ClaimStatus.class).stream()
            .filter(ClaimStatus::countsAgainstLimits).toList();
    /** Claims whose invoice does not count as used: never submitted, withdrawn or expired. */
    private static final List<ClaimStatus> DEAD = List.of(ClaimStatus.DRAFT, ClaimStatus.WITHDRAWN, ClaimStatus.EXPIRED);

    @PersistenceContext(unitName = "incentives")
    private EntityManager em;

    public JpaClaimRepository() {
        // for CDI
    }

    JpaClaimRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Claim save(Claim claim) {
        // flushed so new campaigns, activities and documents have their ids for the caller's view
        Claim saved = Entities.saveChanged(em, claim, claim.getId());
        em.flush();
        return saved;
    }

    @Override
    public Optional<Claim> findById(long id) {
        return Optional.ofNullable(em.find(Claim.class, id));
    }

    @Override
    public List<Claim> findClaims(ClaimQuery filter, int offset, int limit, ClaimQuery.Sort sort) {
        return where(filter).query(em, "select c from Claim c", orderBy(sort), Claim.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /**
     * The review queues' page in two short queries: the page's ids (filter and sort served by an
     * index that holds them and the id, V20, so no table row is read to sort), then the row's
     * columns of those ids only. Whole claims would also load every row's documents and metrics
     * (eager collections: two more queries per row).
     */
    @Override
    public List<ClaimRow> findClaimRows(ClaimQuery filter, int offset, int limit, ClaimQuery.Sort sort) {
        List<Long> ids = where(filter).query(em, "select c.id from Claim c", orderBy(sort), Long.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object[]> found = em.createQuery("select c.id, c.partnerId, c.programId, c.planId, c.name,"
                        + " c.activityTypeCode, c.currencyCode, c.amount, c.status, c.submittedAt, c.claimDeadline,"
                        + " c.answerDueOn, c.reviewer from Claim c where c.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList();
        Map<Long, ClaimRow> byId = new HashMap<>();
        for (Object[] r : found) {
            String currency = (String) r[6];
            BigDecimal amount = (BigDecimal) r[7];
            byId.put((Long) r[0], new ClaimRow((Long) r[0], (Long) r[1], (Long) r[2], (Long) r[3], (String) r[4],
                    (String) r[5], currency,
                    amount == null ? null : Money.ofNullable(amount, Currency.getInstance(currency)).amount(),
                    (ClaimStatus) r[8], (Instant) r[9], (LocalDate) r[10], (LocalDate) r[11], (String) r[12]));
        }
        // in the page's order; a claim deleted between the two queries drops out
        List<ClaimRow> rows = new ArrayList<>(ids.size());
        for (Long id : ids) {
            ClaimRow row = byId.get(id);
            if (row != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static String orderBy(ClaimQuery.Sort sort) {
        return switch (sort == null ? ClaimQuery.Sort.ID : sort) {
            case SUBMITTED_OLDEST_FIRST -> " order by c.submittedAt asc, c.id asc";
            case SUBMITTED_NEWEST_FIRST -> " order by c.submittedAt desc, c.id desc";
            case DEADLINE_SOONEST_FIRST -> " order by c.claimDeadline asc, c.id asc";
            case DEADLINE_LATEST_FIRST -> " order by c.claimDeadline desc, c.id desc";
            case AMOUNT_LARGEST_FIRST -> " order by c.amount desc, c.id asc";
            case AMOUNT_SMALLEST_FIRST -> " order by c.amount asc, c.id asc";
            case NAME_A_TO_Z -> " order by c.name asc, c.id asc";
            case NAME_Z_TO_A -> " order by c.name desc, c.id desc";
            case ID -> " order by c.id";
            case NEWEST_FIRST -> " order by c.id desc";
        };
    }

    @Override
    public long countClaims(ClaimQuery filter) {
        return where(filter).query(em, "select count(c) from Claim c", "", Long.class).getSingleResult();
    }

    /** One grouped count instead of one count per status tab. */
    @Override
    public Map<ClaimStatus, Long> countClaimsByStatus(ClaimQuery filter) {
        return where(filter.withStatuses(null)).countByStatus(em, "select c.status, count(c) from Claim c", "c.status",
                ClaimStatus.class);
    }

    private static QueryFilter where(ClaimQuery f) {
        return new QueryFilter()
                .and("c.partnerId = :partner", "partner", f.partnerId())
                .and("c.programId = :program", "program", f.programId())
                .and("c.planId = :plan", "plan", f.planId())
                .and("c.status in :statuses", "statuses", f.statuses())
                .and("c.reviewer = :reviewer", "reviewer", f.reviewer())
                .and("c.claimDeadline < :deadline", "deadline", f.deadlineBefore())
                .and("c.fundingPeriodId = :period", "period", f.fundingPeriodId())
                .and("c.activityTypeCode = :type", "type", f.activityTypeCode())
                .andIf(f.onlyEverSubmitted(), "c.firstSubmittedAt is not null");
    }

    @Override
    public Set<String> invoiceNumbersInUse(long partnerId, long exceptClaimId) {
        return em.createQuery("select c.invoice.number from Claim c where c.partnerId = :partner and c.id <> :except"
                        + " and c.invoice.number is not null and c.status not in :dead", String.class)
                .setParameter("partner", partnerId).setParameter("except", exceptClaimId)
                .setParameter("dead", DEAD)
                .getResultList().stream().map(Invoice::normalise).collect(Collectors.toSet());
    }

    @Override
    public Money claimedForActivityType(long partnerId, long fundingPeriodId, String activityTypeCode,
                                        long exceptClaimId, Currency currency) {
        BigDecimal sum = em.createQuery("select sum(c.amount) from Claim c where c.partnerId = :partner"
                        + " and c.fundingPeriodId = :period and c.activityTypeCode = :type and c.id <> :except"
                        + " and c.status in :counting", BigDecimal.class)
                .setParameter("partner", partnerId).setParameter("period", fundingPeriodId)
                .setParameter("type", activityTypeCode).setParameter("except", exceptClaimId)
                .setParameter("counting", COUNTING).getSingleResult();
        return Money.ofNullable(sum == null ? BigDecimal.ZERO : sum, currency);
    }

    @Override
    public Money claimedForActivity(long partnerId, long activityId, long exceptClaimId, Currency currency) {
        BigDecimal sum = em.createQuery("select sum(c.amount) from Claim c where c.partnerId = :partner"
                        + " and c.activityId = :activity and c.id <> :except and c.status in :counting", BigDecimal.class)
                .setParameter("partner", partnerId).setParameter("activity", activityId)
                .setParameter("except", exceptClaimId).setParameter("counting", COUNTING).getSingleResult();
        return Money.ofNullable(sum == null ? BigDecimal.ZERO : sum, currency);
    }

    @Override
    public Money heldUnderPlan(long planId, long exceptClaimId, Currency currency) {
        BigDecimal sum = em.createQuery("select sum(c.heldAmount) from Claim c where c.planId = :plan"
                        + " and c.id <> :except and c.status in :holding", BigDecimal.class)
                .setParameter("plan", planId).setParameter("except", exceptClaimId)
                .setParameter("holding", HOLDING_FUNDS).getSingleResult();
        return Money.ofNullable(sum == null ? BigDecimal.ZERO : sum, currency);
    }

    @Override
    public Map<Long, BigDecimal> claimedPerActivity(long partnerId, Collection<Long> activityIds, long exceptClaimId) {
        Map<Long, BigDecimal> sums = new HashMap<>();
        if (activityIds.isEmpty()) {
            return sums;
        }
        for (Object[] r : em.createQuery("select c.activityId, sum(c.amount) from Claim c where c.partnerId = :partner"
                        + " and c.activityId in :activities and c.id <> :except and c.status in :counting"
                        + " group by c.activityId", Object[].class)
                .setParameter("partner", partnerId).setParameter("activities", List.copyOf(activityIds))
                .setParameter("except", exceptClaimId).setParameter("counting", COUNTING).getResultList()) {
            putSum(sums, (Long) r[0], r[1]);
        }
        return sums;
    }

    @Override
    public Map<PeriodAndType, BigDecimal> claimedPerPeriodAndType(long partnerId, Collection<Long> fundingPeriodIds,
                                                                 long exceptClaimId) {
        Map<PeriodAndType, BigDecimal> sums = new HashMap<>();
        if (fundingPeriodIds.isEmpty()) {
            return sums;
        }
        for (Object[] r : em.createQuery("select c.fundingPeriodId, c.activityTypeCode, sum(c.amount) from Claim c"
                        + " where c.partnerId = :partner and c.fundingPeriodId in :periods and c.id <> :except"
                        + " and c.status in :counting group by c.fundingPeriodId, c.activityTypeCode", Object[].class)
                .setParameter("partner", partnerId).setParameter("periods", List.copyOf(fundingPeriodIds))
                .setParameter("except", exceptClaimId).setParameter("counting", COUNTING).getResultList()) {
            putSum(sums, new PeriodAndType((Long) r[0], (String) r[1]), r[2]);
        }
        return sums;
    }

    @Override
    public Map<Long, BigDecimal> heldPerPlan(Collection<Long> planIds, long exceptClaimId) {
        Map<Long, BigDecimal> sums = new HashMap<>();
        if (planIds.isEmpty()) {
            return sums;
        }
        for (Object[] r : em.createQuery("select c.planId, sum(c.heldAmount) from Claim c where c.planId in :plans"
                        + " and c.id <> :except and c.status in :holding group by c.planId", Object[].class)
                .setParameter("plans", List.copyOf(planIds)).setParameter("except", exceptClaimId)
                .setParameter("holding", HOLDING_FUNDS).getResultList()) {
            putSum(sums, (Long) r[0], r[1]);
        }
        return sums;
    }

    /** A group's sum; a group of claims without amounts (drafts) adds nothing, as the single sums' null does. */
    private static <K> void putSum(Map<K, BigDecimal> sums, K key, Object sum) {
        if (sum != null) {
            sums.put(key, (BigDecimal) sum);
        }
    }

    @Override
    public List<Long> findOverdueIds(LocalDate day, long afterId, int limit) {
        return em.createQuery("select c.id from Claim c where c.id > :after and ((c.status = :draft and c.claimDeadline < :day)"
                        + " or (c.status = :waiting and c.answerDueOn < :day)) order by c.id", Long.class)
                .setParameter("after", afterId).setParameter("draft", ClaimStatus.DRAFT)
                .setParameter("waiting", ClaimStatus.ACTION_REQUIRED).setParameter("day", day)
                .setMaxResults(limit).getResultList();
    }
}
