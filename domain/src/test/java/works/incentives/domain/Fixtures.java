package works.incentives.domain;

import works.incentives.domain.claim.Claim;
import works.incentives.domain.claim.ClaimContext;
import works.incentives.domain.claim.Invoice;
import works.incentives.domain.evidence.EvidenceDocument;
import works.incentives.domain.fund.FundAllocation;
import works.incentives.domain.plan.Activity;
import works.incentives.domain.plan.Campaign;
import works.incentives.domain.plan.Plan;
import works.incentives.domain.plan.PlanContext;
import works.incentives.domain.program.ActivityCatalog;
import works.incentives.domain.program.ActivityType;
import works.incentives.domain.program.FundingPeriod;
import works.incentives.domain.program.Program;
import works.incentives.domain.shared.DateRange;
import works.incentives.domain.shared.Money;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A small world for the domain tests: program FY27 in USD (year 2026-07-01..2027-06-30), period
 * H1 earning Jul-Dec 2026, usage Jan-Jun 2027 (claims due 2027-08-14), a partner with USD 50,000.
 */
public final class Fixtures {

    public static final Currency USD = Currency.getInstance("USD");
    public static final LocalDate USAGE_START = LocalDate.of(2027, 1, 1);
    public static final LocalDate USAGE_END = LocalDate.of(2027, 6, 30);
    public static final DateRange CAMPAIGN = DateRange.of(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 31));

    public final Program program = new Program("CSP co-op FY27", 2027, USD, true);
    public final FundingPeriod period = new FundingPeriod(program, "H1 FY27",
            DateRange.of(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31)), DateRange.of(USAGE_START, USAGE_END));
    public final List<ActivityType> catalogue = ActivityCatalog.standard(program);
    public final Map<String, ActivityType> byCode = catalogue.stream()
            .collect(Collectors.toMap(ActivityType::getCode, Function.identity()));
    public final FundAllocation allocation = new FundAllocation(1L, 2L, 3L, usd(50_000), usd(1_500));

    public static Money usd(long amount) {
        return Money.of(amount, USD);
    }

    public static Clock at(String day) {
        return Clock.fixed(Instant.parse(day + "T10:00:00Z"), ZoneOffset.UTC);
    }

    public ActivityType type(String code) {
        return byCode.get(code);
    }

    public PlanContext planContext() {
        return PlanContext.of(program, period, allocation, catalogue);
    }

    /** A plan that passes every check: one campaign in February-March with one digital ad activity of USD 10,000. */
    public Plan completePlan() {
        Plan plan = new Plan(allocation, "FY27 H1 plan");
        plan.updateBasics("FY27 H1 plan", "Grow cloud security leads in Taiwan");
        Campaign campaign = plan.addCampaign("Spring security push", "Leads", CAMPAIGN);
        plan.addActivity(campaign, type("DIGITAL_ADVERTISING"), Set.of("TW", "HK"), usd(10_000),
                Map.of(ActivityCatalog.CLICK_THROUGH_SUMMARY, "2% CTR"), "LinkedIn ads");
        return plan;
    }

    public Plan approvedPlan() {
        Plan plan = completePlan();
        plan.submit(at("2027-01-10"), planContext());
        plan.startReview("rita");
        plan.approve(null, allocation, "fine", at("2027-01-11"));
        return plan;
    }

    public static Activity firstActivity(Plan plan) {
        return plan.getCampaigns().get(0).getActivities().get(0);
    }

    public static EvidenceDocument document(String requirement, String note) {
        return new EvidenceDocument(requirement.toLowerCase() + ".png", "image/png", 100, "ab".repeat(32),
                requirement, note, Instant.parse("2027-03-01T00:00:00Z"), "paula");
    }

    /** A digital-ad claim that passes every check against {@link #claimContext}. */
    public Claim completeClaim(Plan plan) {
        Claim claim = Claim.draft(plan, firstActivity(plan), "LinkedIn ads February", period, LocalDate.of(2027, 2, 20));
        claim.updateDetails("LinkedIn ads February", LocalDate.of(2027, 2, 15), usd(4_000), 120_000L, null, null, false);
        claim.reportMetrics(Map.of(ActivityCatalog.CLICK_THROUGH_SUMMARY, "2.1% CTR, 2,520 clicks"));
        claim.attachInvoice(new Invoice("INV-001", "LinkedIn Ireland", LocalDate.of(2027, 2, 28), usd(4_500)));
        claim.addDocument(document(EvidenceDocument.INVOICE, null));
        claim.addDocument(document("AD_SCREENSHOT", null));
        claim.addDocument(document("LANDING_PAGE_URL", null));
        return claim;
    }

    public ClaimContext claimContext(Plan plan) {
        return claimContext(plan, type("DIGITAL_ADVERTISING"), Set.of());
    }

    public ClaimContext claimContext(Plan plan, ActivityType type, Set<String> invoicesInUse) {
        Activity activity = firstActivity(plan);
        return new ClaimContext(activity.getCampaign().getDates(), activity.getPlannedAmount(), type, usd(0),
                allocation.getEarned(), allocation.getRemaining(), plan.getApprovedLimit().orElse(null),
                false, invoicesInUse, period.claimDeadline());
    }
}
