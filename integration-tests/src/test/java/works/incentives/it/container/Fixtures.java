package works.incentives.it.container;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import works.incentives.domain.access.ActingAs;
import works.incentives.domain.account.AccountService;
import works.incentives.domain.claim.ClaimCommands.AddEvidence;
import works.incentives.domain.claim.ClaimCommands.ClaimDetails;
import works.incentives.domain.claim.ClaimCommands.CreateClaim;
import works.incentives.domain.claim.ClaimCommands.InvoiceData;
import works.incentives.domain.claim.ClaimService;
import works.incentives.domain.fund.AllocationService;
import works.incentives.domain.fund.AllocationService.AllocateFunds;
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
import works.incentives.domain.shared.Actor;
import works.incentives.domain.shared.Role;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Test data made through the application's own services, each call acting as the user who
 * would make it. Every world is new (unique names), so tests never depend on each other.
 */
@ApplicationScoped
public class Fixtures {

    public static final String PASSWORD = "correct horse battery staple";

    public static final Actor ADMIN = Actor.programAdmin("it-admin");
    public static final Actor REVIEWER = Actor.reviewer("it-reviewer");

    @Inject
    ProgramAdminService programs;
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

    /** A program with a usage period around today, one partner with an allocation, and its people. */
    public record World(String tag, long programId, long periodId, long partnerId, long allocationId,
                        Map<String, Long> types, Actor partnerAdmin, Actor partnerUser,
                        LocalDate campaignStart, LocalDate campaignEnd) {
    }

    public World world(long earned) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = LocalDate.now();
        int fiscalYear = today.getMonthValue() >= 7 ? today.getYear() + 1 : today.getYear();
        // a usage period lies inside its program year (Jul 1 - Jun 30): around today, clipped to it
        LocalDate yearStart = LocalDate.of(fiscalYear - 1, 7, 1);
        LocalDate yearEnd = LocalDate.of(fiscalYear, 6, 30);
        LocalDate usageStart = max(yearStart, today.minusDays(60));
        LocalDate usageEnd = min(yearEnd, today.plusDays(120));
        LocalDate campaignStart = max(usageStart, today.minusDays(30));
        LocalDate campaignEnd = min(usageEnd, today.plusDays(30));
        return ActingAs.call(ADMIN, () -> {
            long programId = programs.createProgram(new CreateProgram("IT co-op " + tag, fiscalYear, "USD", true,
                    null, null, null, null, new BigDecimal("1500"), null), ADMIN).id();
            long periodId = programs.addFundingPeriod(new CreateFundingPeriod(programId, "Period " + tag,
                    usageStart.minusDays(180), usageStart.minusDays(1), usageStart, usageEnd), ADMIN).id();
            Map<String, Long> types = new HashMap<>();
            for (ActivityTypeView type : programs.installStandardCatalogue(programId, ADMIN)) {
                types.put(type.code(), type.id());
            }
            long partnerId = partners.register("IT partner " + tag, "TW", ADMIN).id();
            long allocationId = allocations.allocate(new AllocateFunds(partnerId, programId, periodId,
                    BigDecimal.valueOf(earned)), ADMIN).id();
            Actor admin = Actor.partnerAdmin("pa-" + tag, partnerId);
            Actor user = Actor.partnerUser("pu-" + tag, partnerId);
            accounts.createIfAbsent(admin.userName(), "Partner admin " + tag, Role.INCENTIVES_ADMIN, partnerId,
                    PASSWORD.toCharArray(), false);
            accounts.createIfAbsent(user.userName(), "Partner user " + tag, Role.INCENTIVES_USER, partnerId,
                    PASSWORD.toCharArray(), false);
            return new World(tag, programId, periodId, partnerId, allocationId, types, admin, user,
                    campaignStart, campaignEnd);
        });
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** A draft plan with one campaign and one digital-advertising activity of the given amount. */
    public PlanView draftPlan(World w, long amount) {
        Actor pa = w.partnerAdmin();
        return ActingAs.call(pa, () -> {
            PlanView plan = plans.createDraft(new CreatePlan(w.allocationId(), "Plan " + w.tag()), pa);
            plans.updateBasics(plan.id(), new PlanBasics("Plan " + w.tag(), "Leads"), pa);
            long campaignId = plans.addCampaign(plan.id(), new CampaignData("Campaign " + w.tag(), "Leads",
                    w.campaignStart(), w.campaignEnd()), pa).campaigns().get(0).id();
            return plans.addActivity(plan.id(), campaignId, new ActivityData(w.types().get("DIGITAL_ADVERTISING"),
                    Set.of("TW"), BigDecimal.valueOf(amount), Map.of("CLICK_THROUGH_SUMMARY", "2%"), "Ads"), pa);
        });
    }

    public PlanView approvedPlan(World w, long amount) {
        PlanView plan = draftPlan(w, amount);
        ActingAs.run(w.partnerAdmin(), () -> plans.submit(plan.id(), w.partnerAdmin()));
        return ActingAs.call(REVIEWER, () -> {
            plans.startReview(plan.id(), REVIEWER);
            return plans.approve(plan.id(), null, "ok", REVIEWER);
        });
    }

    /** A claim with everything a reviewer needs, still in draft. */
    public long completeClaim(World w, PlanView plan, String invoice, long amount) {
        Actor pa = w.partnerAdmin();
        long activityId = plan.campaigns().get(0).activities().get(0).id();
        LocalDate executed = LocalDate.now().minusDays(5);
        return ActingAs.call(pa, () -> {
            long claimId = claims.createDraft(new CreateClaim(plan.id(), activityId, "Claim " + invoice), pa).id();
            claims.updateDetails(claimId, new ClaimDetails("Claim " + invoice, executed, BigDecimal.valueOf(amount),
                    10_000L, null, null, false, Map.of("CLICK_THROUGH_SUMMARY", "2.2%"), null), pa);
            claims.attachInvoice(claimId, new InvoiceData(invoice, "Ad network", executed, BigDecimal.valueOf(amount),
                    "USD"), pa);
            claims.addEvidence(claimId, new AddEvidence("invoice.png", "INVOICE", null, png()), pa);
            claims.addEvidence(claimId, new AddEvidence("ad.png", "AD_SCREENSHOT", null, png()), pa);
            claims.addEvidence(claimId, new AddEvidence("landing.png", "LANDING_PAGE_URL", null, png()), pa);
            return claimId;
        });
    }

    public static byte[] png() {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
