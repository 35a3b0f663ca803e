package works.incentives.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import works.incentives.domain.fund.FundAllocation;
import works.incentives.domain.fund.FundAllocationRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaFundAllocationRepository implements FundAllocationRepository {

    @PersistenceContext(unitName = "incentives")
    private EntityManager em;

    public JpaFundAllocationRepository() {
        // for CDI
    }

    JpaFundAllocationRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public FundAllocation save(FundAllocation allocation) {
        return Entities.save(em, allocation, allocation.getId());
    }

    @Override
    public Optional<FundAllocation> findById(long id) {
        return Optional.ofNullable(em.find(FundAllocation.class, id));
    }

    /** {@code SELECT ... FOR UPDATE}: racing transactions queue on the row (and see fresh values). */
    @Override
    public Optional<FundAllocation> findByIdForUpdate(long id) {
        FundAllocation allocation = em.find(FundAllocation.class, id, LockModeType.PESSIMISTIC_WRITE);
        return Optional.ofNullable(allocation);
    }

    @Override
    public boolean takeIfRemaining(long id, works.incentives.domain.shared.Money amount) {
        return em.createQuery("update FundAllocation a set a.claimed = a.claimed + :amount, a.version = a.version + 1"
                        + " where a.id = :id and a.allocated - a.claimed >= :amount")
                .setParameter("amount", amount.amount()).setParameter("id", id).executeUpdate() == 1;
    }

    @Override
    public works.incentives.domain.shared.Money remainingNow(long id) {
        Object[] row = em.createQuery("select a.allocated - a.claimed, a.currencyCode from FundAllocation a where a.id = :id",
                Object[].class).setParameter("id", id).getSingleResult();
        return works.incentives.domain.shared.Money.of((java.math.BigDecimal) row[0],
                java.util.Currency.getInstance((String) row[1]));
    }

    @Override
    public Optional<FundAllocation> findByPartnerProgramPeriod(long partnerId, long programId, long fundingPeriodId) {
        return em.createQuery("select a from FundAllocation a where a.partnerId = :partner and a.programId = :program"
                        + " and a.fundingPeriodId = :period", FundAllocation.class)
                .setParameter("partner", partnerId).setParameter("program", programId)
                .setParameter("period", fundingPeriodId)
                .getResultStream().findFirst();
    }

    @Override
    public List<FundAllocation> findByPartner(long partnerId) {
        return em.createQuery("select a from FundAllocation a where a.partnerId = :partner order by a.id",
                FundAllocation.class).setParameter("partner", partnerId).getResultList();
    }

    @Override
    public List<FundAllocation> findByProgram(long programId) {
        return em.createQuery("select a from FundAllocation a where a.programId = :program order by a.partnerId",
                FundAllocation.class).setParameter("program", programId).getResultList();
    }
}
