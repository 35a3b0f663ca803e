package works.incentives.domain.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Commands and views of {@link PlanService}, one per wizard step; plain records a UI can hold. */
public final class PlanCommands {

    private PlanCommands() {
    }

    public record CreatePlan(long allocationId, String title) {
    }

    public record PlanBasics(String title, String objective) {
    }

    public record CampaignData(String name, String objective, LocalDate start, LocalDate end) {
    }

    public record ActivityData(long activityTypeId, Set<String> countries, BigDecimal plannedAmount,
                               Map<String, String> plannedMetrics, String description) {
    }

    public record ActivityView(long id, Long activityTypeId, String activityTypeCode, Set<String> countries,
                               BigDecimal plannedAmount, Map<String, String> plannedMetrics, String description) {

        static ActivityView of(Activity a) {
            return new ActivityView(a.getId(), a.getActivityTypeId(), a.getActivityTypeCode(), a.getCountries(),
                    a.getPlannedAmount().amount(), a.getPlannedMetrics(), a.getDescription());
        }
    }

    public record CampaignView(long id, String name, String objective, LocalDate start, LocalDate end,
                               BigDecimal plannedTotal, List<ActivityView> activities) {

        static CampaignView of(Campaign c) {
            return new CampaignView(c.getId(), c.getName(), c.getObjective(), c.getDates().start(), c.getDates().end(),
                    c.plannedTotal().amount(), c.getActivities().stream().map(ActivityView::of).toList());
        }
    }

    /** The whole plan for the wizard and the review page. */
    public record PlanView(long id, long version, long partnerId, long programId, long allocationId,
                           long fundingPeriodId, String currencyCode, String title, String objective, String reviewer,
                           PlanStatus status, BigDecimal plannedTotal, BigDecimal approvedLimit, Instant submittedAt,
                           Instant decidedAt, String decisionComment, List<CampaignView> campaigns) {

        public static PlanView of(Plan p) {
            return new PlanView(p.getId(), p.getVersion(), p.getPartnerId(), p.getProgramId(), p.getAllocationId(),
                    p.getFundingPeriodId(), p.getCurrency().getCurrencyCode(), p.getTitle(), p.getObjective(),
                    p.getReviewer(), p.getStatus(), p.plannedTotal().amount(),
                    p.getApprovedLimit().map(m -> m.amount()).orElse(null), p.getSubmittedAt(), p.getDecidedAt(),
                    p.getDecisionComment(), p.getCampaigns().stream().map(CampaignView::of).toList());
        }
    }

    /** One row of a plan list or review queue. */
    public record PlanRow(long id, long partnerId, long programId, String title, PlanStatus status, String currencyCode,
                          BigDecimal plannedTotal, BigDecimal approvedLimit, Instant submittedAt, String reviewer) {

        public static PlanRow of(Plan p) {
            return new PlanRow(p.getId(), p.getPartnerId(), p.getProgramId(), p.getTitle(), p.getStatus(),
                    p.getCurrency().getCurrencyCode(), p.plannedTotal().amount(),
                    p.getApprovedLimit().map(m -> m.amount()).orElse(null), p.getSubmittedAt(), p.getReviewer());
        }
    }
}
