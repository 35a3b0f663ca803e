package works.incentives.domain.fund;

import java.util.List;
import java.util.Optional;

/** Stores and finds fund allocations. */
public interface FundAllocationRepository {

    FundAllocation save(FundAllocation allocation);

    Optional<FundAllocation> findById(long id);

    /**
     * Loads the allocation with a pessimistic write lock held until the transaction ends, so two
     * transactions taking money from it run one after the other and the second sees the first's
     * result (the fund is never overspent).
     */
    Optional<FundAllocation> findByIdForUpdate(long id);

    Optional<FundAllocation> findByPartnerProgramPeriod(long partnerId, long programId, long fundingPeriodId);

    List<FundAllocation> findByPartner(long partnerId);

    List<FundAllocation> findByProgram(long programId);
}
