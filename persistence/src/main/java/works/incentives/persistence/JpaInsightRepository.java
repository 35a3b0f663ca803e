package works.incentives.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import works.incentives.domain.claim.ClaimStatus;
import works.incentives.domain.insight.InsightRepository;
import works.incentives.domain.plan.PlanStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The dashboards' aggregates: each method is one grouped statement, so the work grows with the
 * number of groups shown, not with the rows behind them (1,000,000 claims are counted by the
 * database). The review times are one native statement with a window function (the same SQL on H2
 * 2 and PostgreSQL): for each history line, the last time its plan or claim entered the queue.
 */
@ApplicationScoped
public class JpaInsightRepository implements InsightRepository {

    /** How far back a decision's queue entry is looked for (a decision's item entered the queue before it). */
    static final int QUEUE_ENTRY_LOOKBACK_DAYS = 365;

    @PersistenceContext(unitName = "incentives")
    private EntityManager em;

    public JpaInsightRepository() {
        // for CDI
    }

    JpaInsightRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<FundTotals> fundsByProgramAndPeriod(Long partnerId) {
        List<FundTotals> totals = new ArrayList<>();
        for (Object[] r : new QueryFilter()
                .andIf(true, "p.id = a.programId and fp.id = a.fundingPeriodId")
                .and("a.partnerId = :partner", "partner", partnerId)
                .query(em, "select a.programId, p.name, a.fundingPeriodId, fp.name, fp.claimCloses, a.currencyCode,"
                        + " sum(a.allocated), sum(a.committed), sum(a.claimed), sum(a.paid)"
                        + " from FundAllocation a, Program p, FundingPeriod fp",
                        " group by a.programId, p.name, a.fundingPeriodId, fp.name, fp.claimCloses, a.currencyCode"
                                + " order by fp.claimCloses, p.name, a.fundingPeriodId", Object[].class)
                .getResultList()) {
            totals.add(new FundTotals((Long) r[0], (String) r[1], (Long) r[2], (String) r[3], (LocalDate) r[4],
                    (String) r[5], amount(r[6]), amount(r[7]), amount(r[8]), amount(r[9])));
        }
        return totals;
    }

    @Override
    public List<Unclaimed> unclaimedByDeadline(Long partnerId, LocalDate from, LocalDate to) {
        List<Unclaimed> unclaimed = new ArrayList<>();
        for (Object[] r : new QueryFilter()
                .andIf(true, "o.id = a.partnerId and p.id = a.programId and fp.id = a.fundingPeriodId"
                        + " and a.allocated > a.claimed")
                .and("a.partnerId = :partner", "partner", partnerId)
                .and("fp.claimCloses >= :from", "from", from)
                .and("fp.claimCloses <= :to", "to", to)
                .query(em, "select a.partnerId, o.name, a.programId, p.name, a.fundingPeriodId, fp.name, fp.claimCloses,"
                        + " a.currencyCode, sum(a.allocated - a.claimed)"
                        + " from FundAllocation a, PartnerOrganization o, Program p, FundingPeriod fp",
                        " group by a.partnerId, o.name, a.programId, p.name, a.fundingPeriodId, fp.name, fp.claimCloses,"
                                + " a.currencyCode order by fp.claimCloses, o.name, a.partnerId, a.fundingPeriodId",
                        Object[].class)
                .getResultList()) {
            unclaimed.add(new Unclaimed((Long) r[0], (String) r[1], (Long) r[2], (String) r[3], (Long) r[4],
                    (String) r[5], (LocalDate) r[6], (String) r[7], amount(r[8])));
        }
        return unclaimed;
    }

    @Override
    public List<Count> claimsByStatusAndType(Long partnerId, boolean onlyEverSubmitted) {
        List<Count> counts = new ArrayList<>();
        for (Object[] r : new QueryFilter()
                .and("c.partnerId = :partner", "partner", partnerId)
                .andIf(onlyEverSubmitted, "c.firstSubmittedAt is not null")
                .and("c.status <> :draft", "draft", onlyEverSubmitted ? ClaimStatus.DRAFT : null)
                .query(em, "select c.status, c.activityTypeCode, count(c) from Claim c",
                        " group by c.status, c.activityTypeCode order by c.status, c.activityTypeCode", Object[].class)
                .getResultList()) {
            counts.add(new Count(((ClaimStatus) r[0]).name(), (String) r[1], ((Number) r[2]).longValue()));
        }
        return counts;
    }

    @Override
    public List<Count> plansByStatusAndProgram(Long partnerId, boolean withoutDrafts) {
        List<Count> counts = new ArrayList<>();
        for (Object[] r : new QueryFilter()
                .andIf(true, "p.id = pl.programId")
                .and("pl.partnerId = :partner", "partner", partnerId)
                .and("pl.status <> :draft", "draft", withoutDrafts ? PlanStatus.DRAFT : null)
                .query(em, "select pl.status, p.name, count(pl) from Plan pl, Program p",
                        " group by pl.status, p.name order by pl.status, p.name", Object[].class)
                .getResultList()) {
            counts.add(new Count(((PlanStatus) r[0]).name(), (String) r[1], ((Number) r[2]).longValue()));
        }
        return counts;
    }

    @Override
    public List<ReviewTimes> reviewTimes(Instant since, long slaSeconds) {
        LocalDateTime decidedSince = LocalDateTime.ofInstant(since, ZoneOffset.UTC);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT d.subject_type, d.actor_name, COUNT(*), AVG(d.waited), MAX(d.waited),
                       SUM(CASE WHEN d.waited <= ? THEN 1 ELSE 0 END)
                FROM (SELECT h.subject_type, h.actor_name, h.actor_role, h.to_status, h.occurred_at,
                             EXTRACT(EPOCH FROM h.occurred_at) - EXTRACT(EPOCH FROM MAX(CASE
                                 WHEN h.to_status IN ('SUBMITTED', 'DISPUTED') THEN h.occurred_at END)
                                 OVER (PARTITION BY h.subject_type, h.subject_id ORDER BY h.occurred_at, h.id
                                       ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)) AS waited
                      FROM history_entry h
                      WHERE h.subject_type IN ('PLAN', 'CLAIM') AND h.occurred_at >= ?) d
                WHERE d.actor_role = 'REVIEWER' AND d.to_status IN ('APPROVED', 'REJECTED', 'ACTION_REQUIRED')
                  AND d.occurred_at >= ? AND d.waited IS NOT NULL
                GROUP BY d.subject_type, d.actor_name
                ORDER BY d.subject_type, d.actor_name""")
                .setParameter(1, slaSeconds)
                .setParameter(2, decidedSince.minusDays(QUEUE_ENTRY_LOOKBACK_DAYS))
                .setParameter(3, decidedSince)
                .getResultList();
        List<ReviewTimes> times = new ArrayList<>();
        for (Object[] r : rows) {
            times.add(new ReviewTimes((String) r[0], (String) r[1], ((Number) r[2]).longValue(),
                    ((Number) r[3]).doubleValue(), ((Number) r[4]).doubleValue(), ((Number) r[5]).longValue()));
        }
        return times;
    }

    @Override
    public List<Backlog> backlogByReviewer(Instant slaCutoff) {
        List<Backlog> backlog = new ArrayList<>();
        for (Object[] r : em.createQuery("select c.reviewer, count(c), sum(case when c.submittedAt < :cutoff then 1 else 0 end)"
                        + " from Claim c where c.status in :queued group by c.reviewer order by c.reviewer", Object[].class)
                .setParameter("cutoff", slaCutoff)
                .setParameter("queued", List.of(ClaimStatus.SUBMITTED, ClaimStatus.UNDER_REVIEW, ClaimStatus.DISPUTED))
                .getResultList()) {
            backlog.add(new Backlog("CLAIM", (String) r[0], ((Number) r[1]).longValue(), number(r[2])));
        }
        for (Object[] r : em.createQuery("select pl.reviewer, count(pl), sum(case when pl.submittedAt < :cutoff then 1 else 0 end)"
                        + " from Plan pl where pl.status in :queued group by pl.reviewer order by pl.reviewer", Object[].class)
                .setParameter("cutoff", slaCutoff)
                .setParameter("queued", List.of(PlanStatus.SUBMITTED, PlanStatus.UNDER_REVIEW))
                .getResultList()) {
            backlog.add(new Backlog("PLAN", (String) r[0], ((Number) r[1]).longValue(), number(r[2])));
        }
        return backlog;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static BigDecimal amount(Object value) {
        return value == null ? BigDecimal.ZERO : (BigDecimal) value;
    }
}
