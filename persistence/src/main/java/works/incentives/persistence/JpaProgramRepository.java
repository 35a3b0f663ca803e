package works.incentives.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import works.incentives.domain.plan.PlanStatus;
import works.incentives.domain.program.ActivityType;
import works.incentives.domain.program.FundingPeriod;
import works.incentives.domain.program.Program;
import works.incentives.domain.program.ProgramRepository;

import java.util.List;
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

    @Override
    public List<ActivityType> findActivityTypes(long programId) {
        return em.createQuery("select t from ActivityType t where t.program.id = :program"
                        + " and t.replacedBy is null order by t.category, t.code", ActivityType.class)
                .setParameter("program", programId).getResultList();
    }

    @Override
    public boolean isActivityTypeCheckedByPlans(long activityTypeId) {
        return em.createQuery("select count(a) from Activity a where a.activityTypeId = :type"
                        + " and a.campaign.plan.status <> :draft", Long.class)
                .setParameter("type", activityTypeId).setParameter("draft", PlanStatus.DRAFT)
                .getSingleResult() > 0;
    }
}
