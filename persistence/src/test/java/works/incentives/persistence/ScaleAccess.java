package works.incentives.persistence;

import jakarta.persistence.EntityManager;
import works.incentives.domain.claim.ClaimRepository;
import works.incentives.domain.claim.ClaimService;
import works.incentives.domain.fund.AllocationService;
import works.incentives.domain.partner.PartnerService;
import works.incentives.domain.plan.PlanRepository;
import works.incentives.domain.plan.PlanService;
import works.incentives.domain.program.ProgramAdminService;

import java.time.Clock;

/** Opens the package's repositories to the scale benchmarks (works.incentives.persistence.scale). */
public final class ScaleAccess {

    private ScaleAccess() {
    }

    public static ClaimRepository claims(EntityManager em) {
        return new JpaClaimRepository(em);
    }

    public static PlanRepository plans(EntityManager em) {
        return new JpaPlanRepository(em);
    }

    /** The services a claim's life needs, over one entity manager, wired as CDI would. */
    public record Services(ProgramAdminService programs, PartnerService partners, AllocationService allocations,
                           PlanService plans, ClaimService claims) {
    }

    public static Services services(EntityManager em, Clock clock) {
        JpaProgramRepository programs = new JpaProgramRepository(em);
        JpaPartnerRepository partners = new JpaPartnerRepository(em);
        JpaFundAllocationRepository funds = new JpaFundAllocationRepository(em);
        JpaPlanRepository plans = new JpaPlanRepository(em);
        JpaHistoryRepository history = new JpaHistoryRepository(em);
        return new Services(new ProgramAdminService(programs), new PartnerService(partners),
                new AllocationService(funds, programs, partners, history, clock),
                new PlanService(plans, funds, programs, history, clock),
                new ClaimService(new JpaClaimRepository(em), plans, funds, programs, new JpaEvidenceRepository(em),
                        history, clock));
    }
}
