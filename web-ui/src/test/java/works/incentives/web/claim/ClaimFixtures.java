package works.incentives.web.claim;

import works.incentives.domain.claim.ClaimCommands.ClaimView;
import works.incentives.domain.claim.ClaimCommands.DocumentView;
import works.incentives.domain.claim.ClaimCommands.InvoiceData;
import works.incentives.domain.claim.ClaimCommands.SelfCertificationData;
import works.incentives.domain.claim.ClaimStatus;
import works.incentives.domain.program.ActivityCategory;
import works.incentives.domain.program.ProgramCommands.ActivityTypeView;
import works.incentives.domain.program.ProgramCommands.EvidenceRequirementData;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Plain DTOs as the services return them, for claim step tests without services. */
final class ClaimFixtures {

    static final LocalDate TODAY = LocalDate.of(2027, 3, 5);
    static final LocalDate CAMPAIGN_START = LocalDate.of(2027, 2, 1);
    static final LocalDate CAMPAIGN_END = LocalDate.of(2027, 3, 31);
    static final LocalDate DEADLINE = LocalDate.of(2027, 8, 14);

    static final ActivityTypeView DIGITAL_ADS = new ActivityTypeView(21, "DIGITAL_ADVERTISING",
            ActivityCategory.DEMAND_GENERATION, "activityType.DIGITAL_ADVERTISING", null,
            List.of(new EvidenceRequirementData("AD_SCREENSHOT", "Screenshot of the ad as it ran", "PNG of the banner", true),
                    new EvidenceRequirementData("LANDING_PAGE_URL", "The landing page URL", null, true)),
            List.of("CLICK_THROUGH_SUMMARY"), null, null, null, null, null, null, false, true);
    static final ActivityTypeView SEMINARS = new ActivityTypeView(23, "SEMINARS_BOOTCAMPS",
            ActivityCategory.MARKET_DEVELOPMENT, "activityType.SEMINARS_BOOTCAMPS", null,
            List.of(new EvidenceRequirementData("INVITATION_AGENDA", "Agenda", null, true)),
            List.of("REGISTERED_GUESTS"), null, null, null, null, null, null, true, true);
    static final ActivityTypeView CONFERENCE = new ActivityTypeView(24, "VENDOR_HOSTED_CONFERENCE",
            ActivityCategory.PARTNER_READINESS, "activityType.VENDOR_HOSTED_CONFERENCE", null, List.of(), List.of(),
            null, new BigDecimal("45000"), null, null, new BigDecimal("5000"), 3, false, true);

    private ClaimFixtures() {
    }

    static ClaimableActivity ads(long activityId, String approved, String held, long daysLeft) {
        return new ClaimableActivity(5, "Secure cloud adoption", 1, 8, "Zero-trust webinars", CAMPAIGN_START,
                CAMPAIGN_END, activityId, "DIGITAL_ADVERTISING", "LinkedIn", "USD", new BigDecimal(approved),
                new BigDecimal(held), new BigDecimal("30000"), DEADLINE, daysLeft,
                new BigDecimal(approved).subtract(new BigDecimal(held)).min(new BigDecimal("30000")));
    }

    /** Like {@link #ads} with the server's maximum given: what the type's caps leave may be less. */
    static ClaimableActivity ads(long activityId, String approved, String held, long daysLeft, String maximumNow) {
        return new ClaimableActivity(5, "Secure cloud adoption", 1, 8, "Zero-trust webinars", CAMPAIGN_START,
                CAMPAIGN_END, activityId, "DIGITAL_ADVERTISING", "LinkedIn", "USD", new BigDecimal(approved),
                new BigDecimal(held), new BigDecimal("30000"), DEADLINE, daysLeft, new BigDecimal(maximumNow));
    }

    static DocumentView document(long id, String requirement, String note, boolean locked) {
        return new DocumentView(id, "file-" + id + ".png", "image/png", 2048, "abc", requirement, note,
                Instant.parse("2027-03-01T10:00:00Z"), "ann", locked);
    }

    static ClaimView claim(ClaimStatus status, List<DocumentView> documents, InvoiceData invoice,
                           SelfCertificationData self) {
        return new ClaimView(7, 1, 3, 1, 5, 8L, 11L, "DIGITAL_ADVERTISING", "USD", "LinkedIn ads",
                LocalDate.of(2027, 2, 15), new BigDecimal("4000"), 80_000L, null, null, false,
                Map.of("CLICK_THROUGH_SUMMARY", "2%"), invoice, self, documents, null, status, DEADLINE, null, null,
                null, null, null, null, null, null, null);
    }

    static ClaimView draft(DocumentView... documents) {
        return claim(ClaimStatus.DRAFT, List.of(documents), null, null);
    }
}
