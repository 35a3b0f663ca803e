package works.incentives.domain.program;

import org.junit.jupiter.api.Test;
import works.incentives.domain.Fixtures;
import works.incentives.domain.shared.Money;
import works.incentives.domain.shared.Problem;
import works.incentives.domain.shared.Rule;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static works.incentives.domain.Fixtures.usd;

class ActivityCatalogTest {

    private final Fixtures f = new Fixtures();
    private final Money earned100k = usd(100_000);

    private List<Rule> rules(String type, Money amount, Integer persons, boolean alcohol, Money before, Money earned) {
        return f.type(type).capProblems(amount, persons, alcohol, before, earned, "claim.amount").stream()
                .map(Problem::rule).toList();
    }

    @Test
    void standardCatalogueHasEveryTypeOfDomainMdInItsCategory() {
        assertEquals(17, f.catalogue.size());
        assertEquals(6, f.catalogue.stream().filter(t -> t.getCategory() == ActivityCategory.DEMAND_GENERATION).count());
        assertEquals(6, f.catalogue.stream().filter(t -> t.getCategory() == ActivityCategory.MARKET_DEVELOPMENT).count());
        assertEquals(5, f.catalogue.stream().filter(t -> t.getCategory() == ActivityCategory.PARTNER_READINESS).count());
        assertEquals("activityType.DIGITAL_ADVERTISING", f.type("DIGITAL_ADVERTISING").getNameKey());
    }

    @Test
    void evidenceAndMetricsFollowTheTable() {
        assertEquals(List.of("AD_SCREENSHOT", "LANDING_PAGE_URL"), codes("DIGITAL_ADVERTISING"));
        assertEquals(List.of("CLICK_THROUGH_SUMMARY"), f.type("DIGITAL_ADVERTISING").getRequiredMetrics());
        assertEquals(List.of("FINAL_PIECE", "PROOF_OF_DISTRIBUTION"), codes("DIRECT_MAIL"));
        assertEquals(List.of("CALL_SCRIPT"), codes("TELEMARKETING"));
        assertEquals(List.of("CALLS_MADE", "SUCCESSFUL_CONTACTS"), f.type("TELEMARKETING").getRequiredMetrics());
        assertEquals(List.of("INVITATION_AGENDA", "EVENT_PHOTOS"), codes("SEMINARS_BOOTCAMPS"));
        assertEquals(List.of("INVITATION_AGENDA", "BOOTH_PHOTO"), codes("TRADESHOWS"));
        assertEquals(List.of("VENDOR_HOSTED_REGISTRATION", "TRAVEL_ITINERARY"), codes("VENDOR_HOSTED_CONFERENCE"));
        assertEquals(List.of(), f.type("VENDOR_HOSTED_CONFERENCE").getRequiredMetrics());
        assertEquals(List.of("SPECS_OR_DELIVERY_PROOF"), codes("DEMO_UNITS"));
        assertEquals(List.of("ATTENDEE_LIST", "COST_PER_PERSON"), f.type("EXAMS_TUITION").getRequiredMetrics());
        assertTrue(f.type("WEBSITE_SEO").requirement("STATEMENT_OF_WORK").map(r -> !r.isMandatory()).orElseThrow());
    }

    private List<String> codes(String type) {
        return f.type(type).getEvidenceRequirements().stream().map(EvidenceRequirement::getCode).toList();
    }

    @Test
    void typesWithoutCapsAcceptAnyAmount() {
        for (String code : List.of("PRINT_ADVERTISING", "DIGITAL_ADVERTISING", "DIRECT_MAIL", "WEBSITE_SEO",
                "MULTI_TOUCH_CAMPAIGN", "TELEMARKETING", "TRADESHOWS", "PROOF_OF_CONCEPT", "PROGRAM_MEMBERSHIP_FEES",
                "EXAMS_TUITION", "INTERNAL_TRAINING_DAYS")) {
            assertEquals(List.of(), rules(code, usd(1_000_000), null, true, usd(0), earned100k), code);
            assertEquals(Optional.empty(), f.type(code).periodCap(earned100k), code);
        }
    }

    @Test
    void syndicatedContentIsCappedAt18750PerUsagePeriod() {
        assertEquals(List.of(), rules("SYNDICATED_CONTENT", usd(18_750), null, false, usd(0), earned100k));
        assertEquals(List.of(Rule.CLAIM_OVER_PERIOD_CAP),
                rules("SYNDICATED_CONTENT", usd(8_751), null, false, usd(10_000), earned100k));
        assertEquals(Optional.of(usd(18_750)), f.type("SYNDICATED_CONTENT").periodCap(earned100k));
    }

    @Test
    void seminarCateringMayNotIncludeAlcohol() {
        assertEquals(List.of(), rules("SEMINARS_BOOTCAMPS", usd(5_000), null, false, usd(0), earned100k));
        assertEquals(List.of(Rule.CLAIM_ALCOHOL_NOT_ELIGIBLE),
                rules("SEMINARS_BOOTCAMPS", usd(5_000), null, true, usd(0), earned100k));
    }

    @Test
    void customerOffersAndSpiffsAreCappedAt25PercentOfEarnedCoop() {
        for (String code : List.of("CUSTOMER_OFFERS", "INTERNAL_INCENTIVES_SPIFF")) {
            assertEquals(List.of(), rules(code, usd(25_000), null, false, usd(0), earned100k), code);
            assertEquals(List.of(Rule.CLAIM_OVER_EARNED_SHARE_CAP),
                    rules(code, usd(15_001), null, false, usd(10_000), earned100k), code);
            assertEquals(Optional.of(usd(25_000)), f.type(code).periodCap(earned100k));
        }
    }

    @Test
    void vendorHostedConferencesAre5000PerPersonForAtMostThreePeople() {
        assertEquals(List.of(), rules("VENDOR_HOSTED_CONFERENCE", usd(15_000), 3, false, usd(0), earned100k));
        assertEquals(List.of(Rule.CLAIM_OVER_PER_PERSON_CAP),
                rules("VENDOR_HOSTED_CONFERENCE", usd(10_001), 2, false, usd(0), earned100k));
        assertEquals(List.of(Rule.CLAIM_TOO_MANY_PERSONS),
                rules("VENDOR_HOSTED_CONFERENCE", usd(12_000), 4, false, usd(0), earned100k));
        assertEquals(List.of(Rule.CLAIM_PERSONS_MISSING),
                rules("VENDOR_HOSTED_CONFERENCE", usd(5_000), null, false, usd(0), earned100k));
        assertEquals(Optional.of(usd(15_000)), f.type("VENDOR_HOSTED_CONFERENCE").claimCap());
    }

    @Test
    void vendorHostedConferencesAreCappedAt45000PerPeriod() {
        assertEquals(List.of(), rules("VENDOR_HOSTED_CONFERENCE", usd(15_000), 3, false, usd(30_000), earned100k));
        assertEquals(List.of(Rule.CLAIM_OVER_PERIOD_CAP),
                rules("VENDOR_HOSTED_CONFERENCE", usd(5_000), 1, false, usd(40_001), earned100k));
    }

    @Test
    void demoUnitsAreCappedAtTenPercentOfAccruedWhenThatIsMoreThan3000() {
        assertEquals(Optional.of(usd(10_000)), f.type("DEMO_UNITS").periodCap(earned100k));
        assertEquals(List.of(), rules("DEMO_UNITS", usd(10_000), null, false, usd(0), earned100k));
        assertEquals(List.of(Rule.CLAIM_OVER_PERIOD_CAP),
                rules("DEMO_UNITS", usd(10_001), null, false, usd(0), earned100k));
    }

    @Test
    void demoUnitsMayAlwaysReach3000EvenWhenTenPercentIsLess() {
        Money earned = usd(20_000);
        assertEquals(Optional.of(usd(3_000)), f.type("DEMO_UNITS").periodCap(earned));
        assertEquals(List.of(), rules("DEMO_UNITS", usd(3_000), null, false, usd(0), earned));
        assertEquals(List.of(Rule.CLAIM_OVER_PERIOD_CAP),
                rules("DEMO_UNITS", usd(1_001), null, false, usd(2_000), earned));
    }

    @Test
    void aPerClaimCapIsEnforced() {
        ActivityType type = new ActivityType(f.program, "CUSTOM", ActivityCategory.MARKET_DEVELOPMENT)
                .capPerClaim(usd(2_000));
        assertEquals(List.of(), type.capProblems(usd(2_000), null, false, usd(0), earned100k, "x"));
        assertEquals(List.of(Rule.CLAIM_OVER_PER_CLAIM_CAP), type.capProblems(usd(2_001), null, false, usd(0),
                earned100k, "x").stream().map(Problem::rule).toList());
    }

    @Test
    void capsMustBePositiveAmountsInTheProgramCurrency() {
        ActivityType type = new ActivityType(f.program, "CUSTOM", ActivityCategory.MARKET_DEVELOPMENT);
        assertThrows(IllegalArgumentException.class, () -> type.capPerClaim(Money.of("10", "EUR")));
        assertThrows(IllegalArgumentException.class, () -> type.capPerPeriod(usd(0)));
        assertThrows(IllegalArgumentException.class, () -> new ActivityType(f.program, "lower case",
                ActivityCategory.MARKET_DEVELOPMENT));
    }
}
