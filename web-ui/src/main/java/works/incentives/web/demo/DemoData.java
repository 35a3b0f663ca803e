package works.incentives.web.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import works.incentives.domain.access.ActingAs;
import works.incentives.domain.account.AccountService;
import works.incentives.domain.claim.ClaimCommands.AddEvidence;
import works.incentives.domain.claim.ClaimCommands.ClaimDetails;
import works.incentives.domain.claim.ClaimCommands.CreateClaim;
import works.incentives.domain.claim.ClaimCommands.InvoiceData;
import works.incentives.domain.claim.ClaimService;
import works.incentives.domain.cluster.ClusterLocks;
import works.incentives.domain.fund.AllocationService;
import works.incentives.domain.fund.AllocationService.AllocateFunds;
import works.incentives.domain.fund.AllocationService.AllocationView;
import works.incentives.domain.partner.PartnerService;
import works.incentives.domain.plan.PlanCommands.ActivityData;
import works.incentives.domain.plan.PlanCommands.CampaignData;
import works.incentives.domain.plan.PlanCommands.CreatePlan;
import works.incentives.domain.plan.PlanCommands.PlanBasics;
import works.incentives.domain.plan.PlanCommands.PlanView;
import works.incentives.domain.plan.PlanService;
import works.incentives.domain.program.ProgramAdminService;
import works.incentives.domain.program.ProgramCommands.ActivityTypeView;
import works.incentives.domain.program.ProgramCommands.CreateFundingPeriod;
import works.incentives.domain.program.ProgramCommands.CreateProgram;
import works.incentives.domain.program.ProgramService;
import works.incentives.domain.shared.Actor;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Fills an empty database with a demo program year when {@code incentives.demo} is true (off by
 * default; ./run.sh turns it on), through the application's own services, so demo data obeys the same rules: the
 * standard activity catalogue, two partners with allocations, their users, and plans and claims
 * in several states. The periods are placed around today, so deadlines and countdowns are live.
 * Several nodes starting together load it once ({@link ClusterLocks#STARTUP_DATA}).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class DemoData {

    public static final String DEMO_PROGRAM = "Cloud Solution Provider co-op";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    @ConfigProperty(name = "incentives.demo", defaultValue = "false")
    boolean demoMode;

    @Inject
    ClusterLocks locks;
    @Inject
    DemoAccounts demoAccounts;
    @Inject
    ProgramService programs;
    @Inject
    ProgramAdminService programAdmin;
    @Inject
    PartnerService partners;
    @Inject
    AllocationService allocations;
    @Inject
    PlanService plans;
    @Inject
    ClaimService claims;
    @Inject
    AccountService accounts;
    @Inject
    Clock clock;

    private final Actor paul = Actor.programAdmin("paul");
    private final Actor rita = Actor.reviewer("rita");

    @PostConstruct
    void load() {
        if (!demoMode) {
            LOG.info("Demo mode is off: no demo data loaded");
            return;
        }
        // nodes starting together on an empty database: one loads, the others wait for its commit and
        // then find the data (the container's transaction around this method holds the lock)
        locks.holdUntilCommit(ClusterLocks.STARTUP_DATA);
        if (programs.hasPrograms()) {
            LOG.info("Demo mode: the database already has data, nothing loaded");
            return;
        }
        ActingAs.run(paul, this::programYear);
        LOG.info("Demo mode: demo program, partners, users, plans and claims loaded");
    }

    private void programYear() {
        LocalDate today = LocalDate.now(clock);
        // the usage half-year around today
        LocalDate usageStart = today.getMonthValue() <= 6 ? today.withDayOfYear(1) : LocalDate.of(today.getYear(), 7, 1);
        LocalDate usageEnd = usageStart.plusMonths(6).minusDays(1);
        int fiscalYear = today.getMonthValue() >= 7 ? today.getYear() + 1 : today.getYear();
        LocalDate nextUsageStart = usageEnd.plusDays(1);

        long programId = programAdmin.createProgram(new CreateProgram(DEMO_PROGRAM + " FY" + (fiscalYear % 100),
                fiscalYear, "USD", true, null, null, null, null, new BigDecimal("1500"), null), paul).id();
        long current = programAdmin.addFundingPeriod(new CreateFundingPeriod(programId, half(usageStart.minusMonths(6)),
                usageStart.minusMonths(6), usageStart.minusDays(1), usageStart, usageEnd), paul).id();
        Map<String, Long> types = new HashMap<>();
        for (ActivityTypeView type : programAdmin.installStandardCatalogue(programId, paul)) {
            types.put(type.code(), type.id());
        }
        // a usage period lies inside its program year: from January to June the next half-year
        // belongs to the next fiscal year's program
        long nextProgramId = programId;
        if (nextUsageStart.getMonthValue() == 7) {
            nextProgramId = programAdmin.createProgram(new CreateProgram(DEMO_PROGRAM + " FY" + ((fiscalYear + 1) % 100),
                    fiscalYear + 1, "USD", true, null, null, null, null, new BigDecimal("1500"), null), paul).id();
            programAdmin.installStandardCatalogue(nextProgramId, paul);
        }
        long next = programAdmin.addFundingPeriod(new CreateFundingPeriod(nextProgramId, half(usageStart),
                usageStart, usageEnd, nextUsageStart, nextUsageStart.plusMonths(6).minusDays(1)), paul).id();

        long contoso = partners.register(DemoAccounts.PARTNER_A, "TW", paul).id();
        long fabrikam = partners.register(DemoAccounts.PARTNER_B, "HK", paul).id();
        for (DemoAccounts.Account account : demoAccounts.accounts()) {
            Long partnerId = account.partnerName() == null ? null
                    : account.partnerName().equals(DemoAccounts.PARTNER_A) ? contoso : fabrikam;
            accounts.createIfAbsent(account.userName(), account.displayName(), account.role(), partnerId,
                    DemoAccounts.PASSWORD.toCharArray(), false);
        }

        AllocationView contosoNow = allocations.allocate(new AllocateFunds(contoso, programId, current, new BigDecimal("50000")), paul);
        allocations.allocate(new AllocateFunds(contoso, nextProgramId, next, new BigDecimal("30000")), paul);
        AllocationView fabrikamNow = allocations.allocate(new AllocateFunds(fabrikam, programId, current, new BigDecimal("20000")), paul);

        Actor ann = Actor.partnerAdmin("ann", contoso);
        Actor bo = Actor.partnerAdmin("bob", fabrikam);
        LocalDate campaignStart = usageStart;
        LocalDate campaignEnd = usageEnd;

        // Contoso: an approved plan with claims in several states
        PlanView contosoPlan = ActingAs.call(ann, () -> {
            PlanView plan = plans.createDraft(new CreatePlan(contosoNow.id(), "Secure cloud adoption"), ann);
            plans.updateBasics(plan.id(), new PlanBasics("Secure cloud adoption",
                    "Generate 300 qualified leads for managed security services in Taiwan"), ann);
            long campaign = plans.addCampaign(plan.id(), new CampaignData("Zero-trust webinar series",
                    "Leads from mid-size companies", campaignStart, campaignEnd), ann).campaigns().get(0).id();
            plans.addActivity(plan.id(), campaign, new ActivityData(types.get("DIGITAL_ADVERTISING"), Set.of("TW"),
                    new BigDecimal("12000"), Map.of("CLICK_THROUGH_SUMMARY", "1.8% CTR expected"), "LinkedIn and Google Ads"), ann);
            plans.addActivity(plan.id(), campaign, new ActivityData(types.get("SEMINARS_BOOTCAMPS"), Set.of("TW", "HK"),
                    new BigDecimal("8000"), Map.of("REGISTERED_GUESTS", "120"), "Half-day bootcamp in Taipei"), ann);
            return plans.submit(plan.id(), ann);
        });
        ActingAs.run(rita, () -> {
            plans.startReview(contosoPlan.id(), rita);
            plans.approve(contosoPlan.id(), null, "Approved: good fit for the program", rita);
        });
        long adsActivity = contosoPlan.campaigns().get(0).activities().get(0).id();
        LocalDate executed = today.minusDays(3).isBefore(campaignStart) ? campaignStart : today.minusDays(3);
        ActingAs.run(ann, () -> {
            long submitted = claims.createDraft(new CreateClaim(contosoPlan.id(), adsActivity, "LinkedIn ads, first wave"), ann).id();
            claims.updateDetails(submitted, new ClaimDetails("LinkedIn ads, first wave", executed, new BigDecimal("4500"),
                    80_000L, "MKT-2291", null, false, Map.of("CLICK_THROUGH_SUMMARY", "2.1% CTR, 1,680 clicks"),
                    "Campaign ran as planned."), ann);
            claims.attachInvoice(submitted, new InvoiceData("LI-2026-0042", "LinkedIn Ireland", executed,
                    new BigDecimal("4500"), "USD"), ann);
            claims.addEvidence(submitted, new AddEvidence("invoice-LI-2026-0042.png", "INVOICE", null,
                    DemoFiles.png("Invoice LI-2026-0042")), ann);
            claims.addEvidence(submitted, new AddEvidence("ad-screenshot.png", "AD_SCREENSHOT", null, DemoFiles.png("Ad")), ann);
            claims.addEvidence(submitted, new AddEvidence("landing-page.png", "LANDING_PAGE_URL", null, DemoFiles.png("Landing page")), ann);
            claims.submit(submitted, ann);

            long draft = claims.createDraft(new CreateClaim(contosoPlan.id(), adsActivity, "Google ads, second wave"), ann).id();
            claims.updateDetails(draft, new ClaimDetails("Google ads, second wave", executed, new BigDecimal("3000"),
                    null, null, null, false, Map.of(), null), ann);
        });

        // Fabrikam: a plan waiting for review
        ActingAs.run(bo, () -> {
            PlanView plan = plans.createDraft(new CreatePlan(fabrikamNow.id(), "Hybrid work launch"), bo);
            plans.updateBasics(plan.id(), new PlanBasics("Hybrid work launch", "Win 40 new Teams Rooms customers"), bo);
            long campaign = plans.addCampaign(plan.id(), new CampaignData("Meeting rooms roadshow", "Demos at customer sites",
                    campaignStart, campaignEnd), bo).campaigns().get(0).id();
            plans.addActivity(plan.id(), campaign, new ActivityData(types.get("TRADESHOWS"), Set.of("HK"),
                    new BigDecimal("9000"), Map.of("BOOTH_VISITORS", "400"), "Booth at a Hong Kong IT expo"), bo);
            plans.submit(plan.id(), bo);
        });
    }

    private static String half(LocalDate earningStart) {
        int fiscalYear = earningStart.getMonthValue() >= 7 ? earningStart.getYear() + 1 : earningStart.getYear();
        return (earningStart.getMonthValue() >= 7 ? "H1" : "H2") + " FY" + (fiscalYear % 100);
    }

    /** The demo sign-ins, for the start-up banner. */
    public List<DemoAccounts.Account> signIns() {
        return demoMode ? demoAccounts.accounts() : List.of();
    }
}
