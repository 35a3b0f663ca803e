package works.incentives.web.plan;

import works.incentives.domain.fund.AllocationService.AllocationView;
import works.incentives.domain.plan.PlanCommands.ActivityView;
import works.incentives.domain.plan.PlanCommands.CampaignView;
import works.incentives.domain.plan.PlanCommands.PlanView;
import works.incentives.domain.plan.PlanStatus;
import works.incentives.domain.program.ActivityCategory;
import works.incentives.domain.program.ProgramCommands.ActivityTypeView;
import works.incentives.domain.program.ProgramCommands.EvidenceRequirementData;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Plain DTOs as the services return them, for step tests without services. */
final class Fixtures {

    static final LocalDate USAGE_START = LocalDate.of(2027, 1, 1);
    static final LocalDate USAGE_END = LocalDate.of(2027, 6, 30);

    static final ActivityTypeView DIGITAL_ADS = new ActivityTypeView(21, "DIGITAL_ADVERTISING",
            ActivityCategory.DEMAND_GENERATION, "activityType.DIGITAL_ADVERTISING", null,
            List.of(new EvidenceRequirementData("AD_SCREENSHOT", "Screenshot", null, true),
                    new EvidenceRequirementData("LANDING_PAGE_URL", "URL", null, true)),
            List.of("CLICK_THROUGH_SUMMARY"), null, null, null, null, null, null, false, true);
    static final ActivityTypeView SYNDICATED = new ActivityTypeView(22, "SYNDICATED_CONTENT",
            ActivityCategory.DEMAND_GENERATION, "activityType.SYNDICATED_CONTENT", null,
            List.of(new EvidenceRequirementData("URL_OR_SCREENSHOTS", "URL", null, true)),
            List.of("RESULTS_SUMMARY"), null, new BigDecimal("18750"), null, null, null, null, false, true);
    static final ActivityTypeView SEMINARS = new ActivityTypeView(23, "SEMINARS_BOOTCAMPS",
            ActivityCategory.MARKET_DEVELOPMENT, "activityType.SEMINARS_BOOTCAMPS", null,
            List.of(new EvidenceRequirementData("INVITATION_AGENDA", "Agenda", null, true)),
            List.of("REGISTERED_GUESTS"), null, null, null, null, null, null, true, true);
    static final List<ActivityTypeView> TYPES = List.of(DIGITAL_ADS, SYNDICATED, SEMINARS);

    private Fixtures() {
    }

    static ActivityView ads(long id, String amount) {
        return new ActivityView(id, DIGITAL_ADS.id(), DIGITAL_ADS.code(), Set.of("TW"), new BigDecimal(amount),
                Map.of("CLICK_THROUGH_SUMMARY", "2%"), "LinkedIn");
    }

    static CampaignView campaign(long id, String name, ActivityView... activities) {
        BigDecimal total = List.of(activities).stream().map(ActivityView::plannedAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new CampaignView(id, name, "Leads", USAGE_START, USAGE_START.plusMonths(2), total, List.of(activities));
    }

    static PlanView plan(CampaignView... campaigns) {
        BigDecimal total = List.of(campaigns).stream().map(CampaignView::plannedTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new PlanView(5, 1, 3, 1, 9, 2, "USD", "Cloud launch", "300 leads", null, PlanStatus.DRAFT, total,
                null, null, null, null, List.of(campaigns));
    }

    static AllocationView fund(String remaining, long daysLeft) {
        return new AllocationView(9, 0, 3, 1, 2, "H2 FY27", "USD", new BigDecimal("30000"), BigDecimal.ZERO,
                new BigDecimal("30000"), new BigDecimal("10000"), new BigDecimal("4000"), BigDecimal.ZERO,
                new BigDecimal(remaining), new BigDecimal("20000"), false, LocalDate.of(2027, 8, 14), daysLeft);
    }
}
