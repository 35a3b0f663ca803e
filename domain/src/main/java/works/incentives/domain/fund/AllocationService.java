package works.incentives.domain.fund;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import works.incentives.domain.access.AllowedRoles;
import works.incentives.domain.shared.Role;
import works.incentives.domain.audit.HistoryEntry;
import works.incentives.domain.audit.HistoryRepository;
import works.incentives.domain.partner.PartnerRepository;
import works.incentives.domain.program.FundingPeriod;
import works.incentives.domain.program.Program;
import works.incentives.domain.program.ProgramRepository;
import works.incentives.domain.shared.Actor;
import works.incentives.domain.shared.DomainRuleViolation;
import works.incentives.domain.shared.Money;
import works.incentives.domain.shared.Permissions;
import works.incentives.domain.shared.Rule;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Allocating earned co-op funds to partners and showing balances with their expiry countdown. */
@ApplicationScoped
@Transactional
@AllowedRoles({Role.INCENTIVES_USER, Role.INCENTIVES_ADMIN, Role.PROGRAM_ADMIN, Role.REVIEWER})
public class AllocationService {

    public record AllocateFunds(long partnerId, long programId, long fundingPeriodId, BigDecimal earned) {
    }

    /** A correction of an allocation's earnings by {@code delta}, on the version the admin saw. */
    public record AdjustAllocation(long allocationId, long expectedVersion, BigDecimal delta, String reason) {
    }

    /**
     * A fund as the partner's dashboard shows it, with its claim window ({@code claimOpens} to
     * {@code claimDeadline}), days left until it closes, and whether a new plan may still spend it.
     */
    public record AllocationView(long id, long version, long partnerId, long programId, long fundingPeriodId,
                                 String periodName, String currencyCode, BigDecimal earned, BigDecimal rebate,
                                 BigDecimal allocated, BigDecimal committed, BigDecimal claimed, BigDecimal paid,
                                 BigDecimal remaining, BigDecimal uncommitted, boolean rebateOnly,
                                 LocalDate claimDeadline, long daysLeft, LocalDate claimOpens,
                                 boolean openForNewPlans) {

        /** A fund as views built before claim windows existed knew it: open from day one, open for plans unless expired. */
        public AllocationView(long id, long version, long partnerId, long programId, long fundingPeriodId,
                              String periodName, String currencyCode, BigDecimal earned, BigDecimal rebate,
                              BigDecimal allocated, BigDecimal committed, BigDecimal claimed, BigDecimal paid,
                              BigDecimal remaining, BigDecimal uncommitted, boolean rebateOnly,
                              LocalDate claimDeadline, long daysLeft) {
            this(id, version, partnerId, programId, fundingPeriodId, periodName, currencyCode, earned, rebate, allocated,
                    committed, claimed, paid, remaining, uncommitted, rebateOnly, claimDeadline, daysLeft, null,
                    daysLeft >= 0);
        }

        /** The fund as of {@code today}: its balances, its period's claim window and the days left to claim. */
        public static AllocationView of(FundAllocation a, FundingPeriod period, LocalDate today) {
            LocalDate deadline = period.claimDeadline();
            return new AllocationView(a.getId(), a.getVersion(), a.getPartnerId(), a.getProgramId(),
                    a.getFundingPeriodId(), period.getName(), a.getCurrency().getCurrencyCode(), a.getEarned().amount(),
                    a.getRebate().amount(), a.getAllocated().amount(), a.getCommitted().amount(),
                    a.getClaimed().amount(), a.getPaid().amount(), a.getRemaining().amount(),
                    a.getUncommitted().amount(), a.isRebateOnly(), deadline, ChronoUnit.DAYS.between(today, deadline),
                    period.getClaimWindow().start(), period.openForNewPlans(today));
        }
    }

    private FundAllocationRepository allocations;
    private ProgramRepository programs;
    private PartnerRepository partners;
    private HistoryRepository history;
    private Clock clock;

    protected AllocationService() {
        // for CDI proxies
    }

    @Inject
    public AllocationService(FundAllocationRepository allocations, ProgramRepository programs,
                             PartnerRepository partners, HistoryRepository history, Clock clock) {
        this.allocations = allocations;
        this.programs = programs;
        this.partners = partners;
        this.history = history;
        this.clock = clock;
    }

    /**
     * Allocates what a partner earned in a period; below the program's threshold it is rebate,
     * not co-op. One allocation per partner, program and period.
     */
    public AllocationView allocate(AllocateFunds command, Actor actor) {
        Permissions.require(actor, "allocate", Permissions.PROGRAM_ADMIN);
        Program program = programs.findById(command.programId())
                .orElseThrow(() -> new DomainRuleViolation(Rule.NOT_FOUND, "program", command.programId()));
        FundingPeriod period = programs.findPeriodById(command.fundingPeriodId())
                .orElseThrow(() -> new DomainRuleViolation(Rule.NOT_FOUND, "fundingPeriod", command.fundingPeriodId()));
        if (!period.getProgram().getId().equals(program.getId())) {
            throw new DomainRuleViolation(Rule.PERIOD_NOT_OF_PROGRAM);
        }
        partners.findById(command.partnerId())
                .orElseThrow(() -> new DomainRuleViolation(Rule.NOT_FOUND, "partner", command.partnerId()));
        if (allocations.findByPartnerProgramPeriod(command.partnerId(), command.programId(),
                command.fundingPeriodId()).isPresent()) {
            throw new DomainRuleViolation(Rule.ALLOCATION_DUPLICATE);
        }
        FundAllocation allocation = allocations.save(new FundAllocation(command.partnerId(), command.programId(),
                command.fundingPeriodId(), Money.of(command.earned(), program.getCurrency()),
                program.getRebateThreshold()));
        history.append(new HistoryEntry(HistoryEntry.SubjectType.ALLOCATION, allocation.getId(), command.partnerId(),
                "ALLOCATED", null, null, actor, clock.instant(), null,
                "earned " + allocation.getEarned() + ", co-op " + allocation.getAllocated()));
        return view(allocation, period);
    }

    /**
     * Corrects what a partner earned by a delta with a mandatory reason, recorded in the
     * allocation's history. Refused when the allocation changed since the admin saw it ("changed by
     * someone else") and when the co-op fund would drop below what plans commit or claims hold.
     * The row is locked like every other money movement, so a racing claim cannot slip in between.
     */
    public AllocationView adjust(AdjustAllocation command, Actor actor) {
        Permissions.require(actor, "adjustAllocation", Permissions.PROGRAM_ADMIN);
        FundAllocation allocation = allocations.findByIdForUpdate(command.allocationId())
                .orElseThrow(() -> new DomainRuleViolation(Rule.NOT_FOUND, "allocation", command.allocationId()));
        if (allocation.getVersion() != command.expectedVersion()) {
            throw new jakarta.persistence.OptimisticLockException("allocation " + command.allocationId()
                    + " is at version " + allocation.getVersion() + ": changed by someone else");
        }
        Program program = programs.findById(allocation.getProgramId()).orElseThrow();
        Money before = allocation.getAllocated();
        Money delta = Money.of(command.delta(), allocation.getCurrency());
        allocation.adjust(delta, program.getRebateThreshold(), command.reason());
        FundAllocation saved = allocations.save(allocation);
        history.append(new HistoryEntry(HistoryEntry.SubjectType.ALLOCATION, saved.getId(), saved.getPartnerId(),
                "ADJUSTED", null, null, actor, clock.instant(), null,
                (delta.isPositive() ? "+" : "") + delta + " (co-op " + before + " -> " + saved.getAllocated() + "): "
                        + command.reason().strip()));
        return view(saved, programs.findPeriodById(saved.getFundingPeriodId()).orElseThrow());
    }

    /** The allocation's history (allocated, adjusted), newest first as the repository gives it. Vendor side only. */
    public List<works.incentives.domain.audit.HistoryView> history(long allocationId, Actor actor) {
        Permissions.require(actor, "allocationHistory", Role.PROGRAM_ADMIN, Role.REVIEWER);
        return history.findBySubject(HistoryEntry.SubjectType.ALLOCATION, allocationId).stream()
                .map(works.incentives.domain.audit.HistoryView::of).toList();
    }

    /** The partner's funds, for the dashboard (partner-side actors: their own only). */
    public List<AllocationView> allocationsOf(long partnerId, Actor actor) {
        Permissions.requireVisible(actor, partnerId, "partner", partnerId);
        List<FundAllocation> funds = allocations.findByPartner(partnerId);
        Map<Long, FundingPeriod> periods = programs.findPeriodsById(
                funds.stream().map(FundAllocation::getFundingPeriodId).collect(Collectors.toSet()));
        return funds.stream().map(a -> view(a, periods.get(a.getFundingPeriodId()))).toList();
    }

    /**
     * Every partner's fund in one program's period, for the program admin's allocation screen
     * (one query for the program instead of one per partner). Vendor-side actors only.
     */
    public List<AllocationView> allocationsIn(long programId, long fundingPeriodId, Actor actor) {
        Permissions.require(actor, "listAllocations", Role.PROGRAM_ADMIN, Role.REVIEWER);
        FundingPeriod period = programs.findPeriodById(fundingPeriodId)
                .orElseThrow(() -> new DomainRuleViolation(Rule.NOT_FOUND, "fundingPeriod", fundingPeriodId));
        if (period.getProgram().getId() != programId) {
            throw new DomainRuleViolation(Rule.PERIOD_NOT_OF_PROGRAM);
        }
        return allocations.findByProgram(programId).stream()
                .filter(a -> a.getFundingPeriodId() == fundingPeriodId)
                .map(a -> view(a, period)).toList();
    }

    public AllocationView get(long allocationId, Actor actor) {
        FundAllocation a = allocations.findById(allocationId)
                .orElseThrow(() -> new DomainRuleViolation(Rule.NOT_FOUND, "allocation", allocationId));
        Permissions.requireVisible(actor, a.getPartnerId(), "allocation", allocationId);
        return view(a, programs.findPeriodById(a.getFundingPeriodId()).orElseThrow());
    }

    private AllocationView view(FundAllocation a, FundingPeriod period) {
        return AllocationView.of(a, period, LocalDate.now(clock));
    }
}
