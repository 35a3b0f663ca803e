package works.incentives.web.claim;

import works.incentives.domain.claim.ClaimCommands.ClaimablePlan;
import works.incentives.domain.claim.ClaimCommands.ClaimableView;
import works.incentives.domain.fund.AllocationService.AllocationView;
import works.incentives.domain.plan.PlanCommands.ActivityView;
import works.incentives.domain.plan.PlanCommands.CampaignView;
import works.incentives.domain.plan.PlanCommands.PlanView;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One activity the partner may claim for, with the numbers the wizard shows beside it: what the
 * plan approved, what other claims on it already ask, what is left, the fund's claim deadline
 * (DOMAIN.md: half of partners leave money unclaimed; show the countdown), and the most a claim
 * can ask now as the server computes it ({@code ClaimContext.maximum()}: the least of what the
 * activity, the type's caps, the plan's limit and the fund leave).
 */
public record ClaimableActivity(long planId, String planTitle, long programId, long campaignId, String campaignName,
                                LocalDate campaignStart, LocalDate campaignEnd, long activityId,
                                String activityTypeCode, String description, String currencyCode,
                                BigDecimal approvedAmount, BigDecimal heldByOtherClaims,
                                BigDecimal fundRemaining, LocalDate claimDeadline, long daysLeft,
                                BigDecimal maximumNow) {

    /** The approved amount not yet asked by other claims, never below zero. */
    public BigDecimal remaining() {
        return approvedAmount.subtract(heldByOtherClaims).max(BigDecimal.ZERO);
    }

    /** The most a claim can ask now (the server's maximum, never below zero). */
    public BigDecimal claimableNow() {
        return maximumNow.max(BigDecimal.ZERO);
    }

    /**
     * Every activity of the claimable plans ({@code ClaimService.claimablePlans}) a new claim may be
     * filed for: eligible as the domain decides it, in a fund whose claim deadline has not passed.
     */
    public static List<ClaimableActivity> offered(List<ClaimablePlan> plans) {
        List<ClaimableActivity> result = new ArrayList<>();
        for (ClaimablePlan plan : plans) {
            AllocationView fund = plan.fund();
            if (fund != null && fund.daysLeft() < 0) {
                continue;
            }
            result.addAll(of(plan.plan(), fund, plan.activities(), true));
        }
        return result;
    }

    /**
     * The plan's activities with what other claims ask of each and the most a claim can ask now
     * ({@code numbers}, from the server); {@code eligibleOnly} leaves out those the domain refuses.
     */
    static List<ClaimableActivity> of(PlanView plan, AllocationView fund, List<ClaimableView> numbers,
                                      boolean eligibleOnly) {
        Map<Long, ClaimableView> byActivity = numbers.stream()
                .collect(Collectors.toMap(ClaimableView::activityId, Function.identity()));
        List<ClaimableActivity> result = new ArrayList<>();
        for (CampaignView campaign : plan.campaigns()) {
            for (ActivityView activity : campaign.activities()) {
                ClaimableView n = byActivity.get(activity.id());
                if (n == null || (eligibleOnly && !n.eligible())) {
                    continue;
                }
                result.add(new ClaimableActivity(plan.id(), plan.title(), plan.programId(), campaign.id(),
                        campaign.name(), campaign.start(), campaign.end(), activity.id(), activity.activityTypeCode(),
                        activity.description(), plan.currencyCode(), activity.plannedAmount(), n.claimedByOthers(),
                        fund == null ? null : fund.remaining(), fund == null ? null : fund.claimDeadline(),
                        fund == null ? 0 : fund.daysLeft(), n.maximumNow()));
            }
        }
        return result;
    }
}
