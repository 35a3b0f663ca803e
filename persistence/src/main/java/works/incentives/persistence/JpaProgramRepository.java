package works.incentives.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import works.incentives.domain.program.ActivityType;
import works.incentives.domain.program.FundingPeriod;
import works.incentives.domain.program.Program;
import works.incentives.domain.program.ProgramRepository;
import works.incentives.domain.shared.DateRange;

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
    public List<FundingPeriod> findPeriods(long programId) {
        return em.createQuery("select f from FundingPeriod f where f.program.id = :program order by f.usageStart",
                FundingPeriod.class).setParameter("program", programId).getResultList();
    }

    @Override
    public ActivityType save(ActivityType type) {
        return Entities.save(em, type, type.getId());
    }

    @Override
    public Optional<ActivityType> findActivityTypeById(long id) {
        return Optional.ofNullable(em.find(ActivityType.class, id));
    }

    @Override
    public List<ActivityType> findActivityTypes(long programId) {
        return em.createQuery("select t from ActivityType t where t.program.id = :program"
                        + " order by t.category, t.code", ActivityType.class)
                .setParameter("program", programId).getResultList();
    }
}
