package works.incentives.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import works.incentives.domain.plan.Plan;
import works.incentives.domain.plan.PlanCommands.PlanRow;
import works.incentives.domain.plan.PlanQuery;
import works.incentives.domain.plan.PlanRepository;
import works.incentives.domain.plan.PlanStatus;

import works.incentives.domain.shared.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaPlanRepository implements PlanRepository {

    /** Plans that count against the per-period caps of a partner's other plans. */
    private static final List<PlanStatus> COUNTING = EnumSet.allOf(PlanStatus.class).stream()
            .filter(PlanStatus::countsAgainstPeriodCaps).toList();

    @PersistenceContext(unitName = "incentives")
    private EntityManager em;

    public JpaPlanRepository() {
        // for CDI
    }

    JpaPlanRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Plan save(Plan plan) {
        // flushed so new campaigns, activities and documents have their ids for the caller's view
        Plan saved = Entities.saveChanged(em, plan, plan.getId());
        em.flush();
        return saved;
    }

    @Override
    public Optional<Plan> findById(long id) {
        return Optional.ofNullable(em.find(Plan.class, id));
    }

    @Override
    public Optional<Plan> findByPartnerProgramAllocationPeriod(long partnerId, long programId, long allocationId,
                                                               long fundingPeriodId) {
        return em.createQuery("select p from Plan p where p.partnerId = :partner and p.programId = :program"
                        + " and p.allocationId = :allocation and p.fundingPeriodId = :period", Plan.class)
                .setParameter("partner", partnerId).setParameter("program", programId)
                .setParameter("allocation", allocationId).setParameter("period", fundingPeriodId)
                .getResultStream().findFirst();
    }

    @Override
    public Map<String, Money> plannedPerActivityType(long partnerId, long programId, long fundingPeriodId,
                                                     long exceptPlanId, Currency currency) {
        List<Object[]> rows = em.createQuery("select a.activityTypeCode, sum(a.plannedAmount) from Activity a"
                        + " join a.campaign c join c.plan p where p.partnerId = :partner and p.programId = :program"
                        + " and p.fundingPeriodId = :period and p.id <> :except and p.status in :counting"
                        + " group by a.activityTypeCode", Object[].class)
                .setParameter("partner", partnerId).setParameter("program", programId)
                .setParameter("period", fundingPeriodId).setParameter("except", exceptPlanId)
                .setParameter("counting", COUNTING).getResultList();
        Map<String, Money> planned = new HashMap<>();
        for (Object[] row : rows) {
            planned.put((String) row[0], Money.of((BigDecimal) row[1], currency));
        }
        return planned;
    }

    @Override
    public List<Plan> findPlans(PlanQuery filter, int offset, int limit) {
        return where(filter).query(em, "select p from Plan p", orderBy(filter), Plan.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /**
     * The lists' page in two queries whatever its size: the rows' columns, then the planned totals of
     * those plans summed in the database. Mapping whole plans read each plan's campaigns, their
     * activities and each activity's countries and metrics, one query apiece.
     */
    @Override
    public List<PlanRow> findPlanRows(PlanQuery filter, int offset, int limit) {
        List<Object[]> found = where(filter).query(em, "select p.id, p.partnerId, p.programId, p.title, p.status,"
                        + " p.currencyCode, p.approvedLimit, p.submittedAt, p.reviewer from Plan p", orderBy(filter),
                Object[].class).setFirstResult(offset).setMaxResults(limit).getResultList();
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, BigDecimal> totals = new HashMap<>();
        for (Object[] r : em.createQuery("select c.plan.id, sum(a.plannedAmount) from Activity a join a.campaign c"
                        + " where c.plan.id in :ids group by c.plan.id", Object[].class)
                .setParameter("ids", found.stream().map(r -> (Long) r[0]).toList()).getResultList()) {
            totals.put((Long) r[0], (BigDecimal) r[1]);
        }
        List<PlanRow> rows = new ArrayList<>(found.size());
        for (Object[] r : found) {
            Currency currency = Currency.getInstance((String) r[5]);
            BigDecimal approved = (BigDecimal) r[6];
            rows.add(new PlanRow((Long) r[0], (Long) r[1], (Long) r[2], (String) r[3], (PlanStatus) r[4],
                    currency.getCurrencyCode(),
                    Money.ofNullable(totals.getOrDefault((Long) r[0], BigDecimal.ZERO), currency).amount(),
                    approved == null ? null : Money.ofNullable(approved, currency).amount(), (Instant) r[7],
                    (String) r[8]));
        }
        return rows;
    }

    private static String orderBy(PlanQuery filter) {
        return switch (filter.sort()) {
            case SUBMITTED_OLDEST_FIRST -> " order by p.submittedAt asc, p.id asc";
            case SUBMITTED_NEWEST_FIRST -> " order by p.submittedAt desc, p.id desc";
            case TITLE_A_TO_Z -> " order by p.title asc, p.id asc";
            case TITLE_Z_TO_A -> " order by p.title desc, p.id desc";
            case ID -> " order by p.id";
        };
    }

    @Override
    public long countPlans(PlanQuery filter) {
        return where(filter).query(em, "select count(p) from Plan p", "", Long.class).getSingleResult();
    }

    /** One grouped count instead of one count per status tab. */
    @Override
    public Map<PlanStatus, Long> countPlansByStatus(PlanQuery filter) {
        return where(filter.withStatuses(null)).countByStatus(em, "select p.status, count(p) from Plan p", "p.status",
                PlanStatus.class);
    }

    private static QueryFilter where(PlanQuery f) {
        return new QueryFilter()
                .and("p.partnerId = :partner", "partner", f.partnerId())
                .and("p.programId = :program", "program", f.programId())
                .and("p.status in :statuses", "statuses", f.statuses())
                .and("p.reviewer = :reviewer", "reviewer", f.reviewer())
                .and("p.fundingPeriodId = :period", "period", f.fundingPeriodId())
                // a plan of that type has at least one activity of it: a subquery keeps one row per plan
                .and("exists (select a from Activity a where a.campaign.plan = p and a.activityTypeCode = :type)",
                        "type", f.activityTypeCode())
                .and("p.submittedAt < :submittedBefore", "submittedBefore", f.submittedBefore() == null ? null
                        : f.submittedBefore().atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
