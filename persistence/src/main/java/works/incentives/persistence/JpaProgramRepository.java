package works.incentives.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;
import works.incentives.domain.plan.PlanStatus;
import works.incentives.domain.program.ActivityType;
import works.incentives.domain.program.FundingPeriod;
import works.incentives.domain.program.Program;
import works.incentives.domain.program.ProgramRepository;
import works.incentives.domain.shared.DateRange;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.Optional;

@ApplicationScoped
public class JpaProgramRepository implements ProgramRepository {

    @PersistenceContext(unitName = "incentives")
    private EntityManager em;

    public JpaProgramRepository() {
        // for CDI
    }

    /** For tests outside a container. */
    JpaProgramRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public int moveClaimsToWindow(long fundingPeriodId, DateRange window) {
        return em.createQuery("update Claim c set c.claimOpens = :opens, c.claimDeadline = :closes,"
                        + " c.version = c.version + 1 where c.fundingPeriodId = :period"
                        + " and (c.claimOpens is null or c.claimOpens <> :opens or c.claimDeadline <> :closes)")
                .setParameter("opens", window.start()).setParameter("closes", window.end())
                .setParameter("period", fundingPeriodId).executeUpdate();
    }

    @Override
    public List<Program> findAllOrderedByYearAndName() {
        return em.createQuery("select p from Program p order by p.programYear desc, p.name", Program.class)
                .getResultList();
    }

    @Override
    public Optional<Program> findById(long id) {
        return Optional.ofNullable(em.find(Program.class, id));
    }

    @Override
    public Program save(Program program) {
        return Entities.save(em, program, program.getId());
    }

    @Override
    public long count() {
        return em.createQuery("select count(p) from Program p", Long.class).getSingleResult();
    }

    @Override
    public FundingPeriod save(FundingPeriod period) {
        return Entities.save(em, period, period.getId());
    }

    @Override
    public Optional<FundingPeriod> findPeriodById(long id) {
        return Optional.ofNullable(em.find(FundingPeriod.class, id));
    }

    @Override
    public Map<Long, FundingPeriod> findPeriodsById(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select f from FundingPeriod f join fetch f.program where f.id in :ids",
                        FundingPeriod.class).setParameter("ids", List.copyOf(ids)).getResultList().stream()
                .collect(Collectors.toMap(FundingPeriod::getId, Function.identity()));
    }

    @Override
    public List<FundingPeriod> findPeriods(long programId) {
        return em.createQuery("select f from FundingPeriod f where f.program.id = :program order by f.usageStart",
                FundingPeriod.class).setParameter("program", programId).getResultList();
    }

    @Override
    public ActivityType save(ActivityType type) {
        ActivityType saved = Entities.save(em, type, type.getId());
        // written at once: a new revision exists before the old one points at it (replaced_by foreign
        // key), and the version an admin's screen gets back is the stored one (catalogue edits are rare)
        em.flush();
        return saved;
    }

    @Override
    public Optional<ActivityType> findActivityTypeById(long id) {
        return Optional.ofNullable(em.find(ActivityType.class, id));
    }

    /** One query for the types and their programs; their evidence and metrics are batch-read ({@link BatchReading}). */
    @Override
    public Map<Long, ActivityType> findActivityTypesById(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return withEvidenceAndMetrics(em.createQuery("select t from ActivityType t join fetch t.program"
                        + " where t.id in :ids", ActivityType.class)).setParameter("ids", List.copyOf(ids))
                .getResultList().stream()
                .collect(Collectors.toMap(ActivityType::getId, Function.identity()));
    }

    @Override
    public List<ActivityType> findActivityTypes(long programId) {
        return em.createQuery("select t from ActivityType t where t.program.id = :program"
                        + " and t.replacedBy is null order by t.category, t.code", ActivityType.class)
                .setParameter("program", programId).getResultList();
    }

    @Override
    public List<ActivityType> findActivityTypes(Collection<Long> programIds) {
        if (programIds.isEmpty()) {
            return List.of();
        }
        return withEvidenceAndMetrics(em.createQuery("select t from ActivityType t join fetch t.program"
                        + " where t.program.id in :programs and t.replacedBy is null order by t.category, t.code",
                ActivityType.class)).setParameter("programs", List.copyOf(programIds)).getResultList();
    }

    /**
     * The types' evidence requirements and metrics read in one query each for all of them, not two per
     * type. Read-only: EclipseLink 4.0 fails when it compares batch-read collections of embeddables for
     * changes at commit (eclipse-ee4j/eclipselink#921). A read-only query does not see what the
     * transaction wrote and not yet committed, so these serve read-only service calls; a type to change
     * is read by {@link #findActivityTypeById}.
     */
    private static TypedQuery<ActivityType> withEvidenceAndMetrics(TypedQuery<ActivityType> query) {
        return query.setHint(QueryHints.READ_ONLY, HintValues.TRUE).setHint(QueryHints.BATCH_TYPE, BatchFetchType.IN)
                .setHint(QueryHints.BATCH, "t.evidenceRequirements").setHint(QueryHints.BATCH, "t.requiredMetrics");
    }

    @Override
    public boolean isActivityTypeCheckedByPlans(long activityTypeId) {
        return em.createQuery("select count(a) from Activity a where a.activityTypeId = :type"
                        + " and a.campaign.plan.status <> :draft", Long.class)
                .setParameter("type", activityTypeId).setParameter("draft", PlanStatus.DRAFT)
                .getSingleResult() > 0;
    }
}
