package works.incentives.domain.program;

import works.incentives.domain.shared.Money;

import java.math.BigDecimal;
import java.util.List;

/**
 * The standard activity catalogue of DOMAIN.md (real categories, evidence, metrics and caps),
 * for a program admin to start from and for demo data. Caps are the real programs' USD figures,
 * taken as amounts in the program's currency; an admin adjusts them for other currencies.
 * Types the real table does not detail (multi-touch campaign, proof of concept, membership fees,
 * internal training days) get evidence of our choosing.
 */
public final class ActivityCatalog {

    /** Metric codes used by the standard catalogue. */
    public static final String ESTIMATED_REACH = "ESTIMATED_REACH";
    public static final String CLICK_THROUGH_SUMMARY = "CLICK_THROUGH_SUMMARY";
    public static final String RESULTS_SUMMARY = "RESULTS_SUMMARY";
    public static final String CALLS_MADE = "CALLS_MADE";
    public static final String SUCCESSFUL_CONTACTS = "SUCCESSFUL_CONTACTS";
    public static final String REGISTERED_GUESTS = "REGISTERED_GUESTS";
    public static final String BOOTH_VISITORS = "BOOTH_VISITORS";
    public static final String ATTENDEE_LIST = "ATTENDEE_LIST";
    public static final String COST_PER_PERSON = "COST_PER_PERSON";

    private ActivityCatalog() {
    }

    /** The seventeen standard activity types for {@code program}, not yet stored. */
    public static List<ActivityType> standard(Program program) {
        ActivityCategory dg = ActivityCategory.DEMAND_GENERATION;
        ActivityCategory md = ActivityCategory.MARKET_DEVELOPMENT;
        ActivityCategory pr = ActivityCategory.PARTNER_READINESS;
        var currency = program.getCurrency();
        return List.of(
                new ActivityType(program, "PRINT_ADVERTISING", dg)
                        .requireEvidence(EvidenceRequirement.required("FINAL_PIECE",
                                "The final communication piece as printed", "PDF of the published magazine page"))
                        .requireMetric(ESTIMATED_REACH),
                new ActivityType(program, "DIGITAL_ADVERTISING", dg)
                        .requireEvidence(EvidenceRequirement.required("AD_SCREENSHOT",
                                "Screenshot of the ad as it ran", "PNG of the banner on the publisher's site"))
                        .requireEvidence(EvidenceRequirement.required("LANDING_PAGE_URL",
                                "The landing page URL (a screenshot showing the address)", "https://partner.example/offer"))
                        .requireMetric(CLICK_THROUGH_SUMMARY),
                new ActivityType(program, "DIRECT_MAIL", dg)
                        .requireEvidence(EvidenceRequirement.required("FINAL_PIECE",
                                "The final mail, e-mail or SMS piece", "PDF of the mailer"))
                        .requireEvidence(EvidenceRequirement.required("PROOF_OF_DISTRIBUTION",
                                "Proof of distribution", "Mailing house report or e-mail platform send summary"))
                        .requireMetric(ESTIMATED_REACH),
                new ActivityType(program, "WEBSITE_SEO", dg)
                        .requireEvidence(EvidenceRequirement.required("URL_OR_SCREENSHOTS",
                                "The page URL or screenshots", "Screenshots of the new product pages"))
                        .requireEvidence(EvidenceRequirement.optional("STATEMENT_OF_WORK",
                                "For SEO work: the agency's statement of work", "SOW signed by the SEO agency"))
                        .requireMetric(RESULTS_SUMMARY),
                new ActivityType(program, "SYNDICATED_CONTENT", dg)
                        .requireEvidence(EvidenceRequirement.required("URL_OR_SCREENSHOTS",
                                "The content URL or screenshots", "Screenshot of the syndicated article"))
                        .requireMetric(RESULTS_SUMMARY)
                        .capPerPeriod(Money.of(18_750, currency)),
                new ActivityType(program, "MULTI_TOUCH_CAMPAIGN", dg)
                        .requireEvidence(EvidenceRequirement.required("CAMPAIGN_ASSETS",
                                "Each touch's final asset (ads, e-mails, landing page)", "ZIP or PDF of the assets"))
                        .requireMetric(RESULTS_SUMMARY),
                new ActivityType(program, "TELEMARKETING", md)
                        .requireEvidence(EvidenceRequirement.required("CALL_SCRIPT",
                                "The call script carrying the partner brand", "Script PDF with the partner's name"))
                        .requireMetric(CALLS_MADE)
                        .requireMetric(SUCCESSFUL_CONTACTS),
                new ActivityType(program, "SEMINARS_BOOTCAMPS", md)
                        .requireEvidence(EvidenceRequirement.required("INVITATION_AGENDA",
                                "The invitation and agenda", "Invitation e-mail and agenda PDF"))
                        .requireEvidence(EvidenceRequirement.required("EVENT_PHOTOS",
                                "Photos of the event", "Photos of the room and the presenter"))
                        .requireMetric(REGISTERED_GUESTS)
                        .excludeAlcohol(),
                new ActivityType(program, "TRADESHOWS", md)
                        .requireEvidence(EvidenceRequirement.required("INVITATION_AGENDA",
                                "The invitation or agenda of the show", "Exhibitor guide page"))
                        .requireEvidence(EvidenceRequirement.required("BOOTH_PHOTO",
                                "A photo of the booth", "Photo of the booth with the partner's branding"))
                        .requireMetric(BOOTH_VISITORS),
                new ActivityType(program, "CUSTOMER_OFFERS", md)
                        .requireEvidence(EvidenceRequirement.required("OFFER_TERMS",
                                "The offer with its terms and conditions", "Offer flyer with T&Cs"))
                        .requireMetric(RESULTS_SUMMARY)
                        .capShareOfEarned(BigDecimal.valueOf(25), null),
                new ActivityType(program, "INTERNAL_INCENTIVES_SPIFF", md)
                        .requireEvidence(EvidenceRequirement.required("OFFER_TERMS",
                                "The incentive with its terms and conditions", "SPIFF announcement with rules"))
                        .requireMetric(RESULTS_SUMMARY)
                        .capShareOfEarned(BigDecimal.valueOf(25), null),
                new ActivityType(program, "PROOF_OF_CONCEPT", md)
                        .requireEvidence(EvidenceRequirement.required("STATEMENT_OF_WORK",
                                "The proof of concept's statement of work", "SOW signed with the customer"))
                        .requireMetric(RESULTS_SUMMARY),
                new ActivityType(program, "PROGRAM_MEMBERSHIP_FEES", pr)
                        .requireEvidence(EvidenceRequirement.required("MEMBERSHIP_CONFIRMATION",
                                "Confirmation of the membership", "Membership certificate")),
                new ActivityType(program, "EXAMS_TUITION", pr)
                        .requireEvidence(EvidenceRequirement.required("COURSE_INVOICE",
                                "Invoice with the course or exam code and the completion date", "Invoice for exam AZ-104 completed 2026-03-02"))
                        .requireMetric(ATTENDEE_LIST)
                        .requireMetric(COST_PER_PERSON),
                new ActivityType(program, "INTERNAL_TRAINING_DAYS", pr)
                        .requireEvidence(EvidenceRequirement.required("TRAINING_AGENDA",
                                "The training agenda", "Agenda PDF"))
                        .requireMetric(ATTENDEE_LIST),
                new ActivityType(program, "VENDOR_HOSTED_CONFERENCE", pr)
                        .requireEvidence(EvidenceRequirement.required("VENDOR_HOSTED_REGISTRATION",
                                "Registration showing the vendor hosts the conference", "Registration confirmation e-mail"))
                        .requireEvidence(EvidenceRequirement.required("TRAVEL_ITINERARY",
                                "Travel itinerary of each person", "Flight and hotel itinerary"))
                        .capPerPerson(Money.of(5_000, currency), 3)
                        .capPerPeriod(Money.of(45_000, currency)),
                new ActivityType(program, "DEMO_UNITS", pr)
                        .requireEvidence(EvidenceRequirement.required("SPECS_OR_DELIVERY_PROOF",
                                "Specifications or proof of delivery", "Delivery note of the demo devices"))
                        .capShareOfEarned(BigDecimal.TEN, Money.of(3_000, currency)));
    }
}
