package works.incentives.web.claim;

import org.junit.jupiter.api.Test;
import works.incentives.domain.claim.ClaimCommands.ClaimablePlan;
import works.incentives.domain.claim.ClaimCommands.ClaimableView;
import works.incentives.domain.claim.ClaimService;
import works.incentives.domain.fund.AllocationService.AllocationView;
import works.incentives.domain.plan.PlanCommands.ActivityView;
import works.incentives.domain.plan.PlanCommands.CampaignView;
import works.incentives.domain.plan.PlanCommands.PlanView;
import works.incentives.domain.plan.PlanStatus;
import works.incentives.domain.shared.Actor;
import works.incentives.domain.shared.Problem;
import works.incentives.domain.shared.Rule;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The claim wizard's list of activities is the domain's decision, with the server's numbers. */
class ClaimWorkspaceTest {

    static final Actor ANN = Actor.partnerAdmin("ann", 3);

    static ActivityView activity(long id, String amount) {
        return new ActivityView(id, 21L, "DIGITAL_ADVERTISING", Set.of("TW"), new BigDecimal(amount),
                Map.of(), "LinkedIn");
    }

    final PlanView plan = new PlanView(5, 1, 3, 1, 9, 2, "USD", "Cloud launch", "300 leads", null,
            PlanStatus.APPROVED, new BigDecimal("15000"), new BigDecimal("15000"), null, null, null,
            List.of(new CampaignView(8, "Webinars", "Leads", LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 31),
                    new BigDecimal("15000"), List.of(activity(11, "10000"), activity(12, "5000")))));

    final AllocationView fund = new AllocationView(9, 0, 3, 1, 2, "H2 FY27", "USD", new BigDecimal("30000"),
            BigDecimal.ZERO, new BigDecimal("30000"), new BigDecimal("15000"), new BigDecimal("5000"),
            BigDecimal.ZERO, new BigDecimal("25000"), new BigDecimal("15000"), false, LocalDate.of(2027, 8, 14), 40);

    ClaimWorkspace.Services services() {
        ClaimService claims = new ClaimService() {
            @Override
            public List<ClaimablePlan> claimablePlans(Actor actor) {
                return List.of(new ClaimablePlan(plan, fund, List.of(
                        new ClaimableView(11, new BigDecimal("4000"), new BigDecimal("2750"), null),
                        new ClaimableView(12, new BigDecimal("5000"), BigDecimal.ZERO,
                                Problem.of(Rule.CLAIM_ACTIVITY_FULLY_CLAIMED, "activity:12", "USD 5000")))));
            }
        };
        return new ClaimWorkspace.Services(() -> Optional.of(ANN), claims, null, null, null, null, Clock.systemUTC());
    }

    @Test
    void onlyActivitiesTheDomainAllowsAreOfferedEachWithTheServersMaximum() {
        List<ClaimableActivity> offered = ClaimWorkspace.claimableActivities(services());
        assertEquals(List.of(11L), offered.stream().map(ClaimableActivity::activityId).toList(),
                "activity 12 is claimed in full: the server would refuse it, so it is not offered");
        assertEquals(new BigDecimal("6000"), offered.get(0).remaining());
        assertEquals(new BigDecimal("2750"), offered.get(0).claimableNow(), "the caps leave less than the activity");
    }

    /** Issue 15: a resumed claim shows the steps its content reached as reached (done or with problems). */
    @Test
    void theFurthestStepStartedFollowsWhatTheDraftHolds() {
        ClaimWorkspace fresh = new ClaimWorkspace(ANN, ClaimFixtures.draft(), null, null, List.of(), null);
        assertEquals(ClaimSteps.DETAILS, fresh.furthestStepStarted(), "a draft exists from the details on");
        ClaimWorkspace invoiced = new ClaimWorkspace(ANN, ClaimFixtures.claim(works.incentives.domain.claim.ClaimStatus.DRAFT,
                List.of(), new works.incentives.domain.claim.ClaimCommands.InvoiceData("INV-1", "LinkedIn",
                        java.time.LocalDate.of(2027, 3, 1), new java.math.BigDecimal("100"), "USD"), null),
                null, null, List.of(), null);
        assertEquals(ClaimSteps.COSTS, invoiced.furthestStepStarted());
        ClaimWorkspace documented = new ClaimWorkspace(ANN, ClaimFixtures.draft(ClaimFixtures.document(1, "AD_SCREENSHOT",
                null, false)), null, null, List.of(), null);
        assertEquals(ClaimSteps.EVIDENCE, documented.furthestStepStarted());
    }
}
