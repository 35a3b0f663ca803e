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

    /**
     * Takes {@code amount} of the allocation's remaining money for a claim in one conditional
     * statement ({@code claimed = claimed + amount} where {@code allocated - claimed >= amount}, the
     * version moved on): true when taken, false when the fund no longer has it. The row stays locked
     * until the transaction ends, so racing submissions queue here only for the rest of their
     * transaction, not for all of it; whoever comes next sees this one's result, and the fund is never
     * overspent. An allocation already loaded in the same transaction is stale afterwards.
     */
    boolean takeIfRemaining(long id, works.incentives.domain.shared.Money amount);

    /** The allocation's remaining money as stored now (not as an entity loaded earlier in the transaction holds it). */
    works.incentives.domain.shared.Money remainingNow(long id);

    Optional<FundAllocation> findByPartnerProgramPeriod(long partnerId, long programId, long fundingPeriodId);

    List<FundAllocation> findByPartner(long partnerId);

    List<FundAllocation> findByProgram(long programId);
}
