package works.incentives.domain.insight;

import org.junit.jupiter.api.Test;
import works.incentives.domain.shared.Actor;
import works.incentives.domain.shared.DomainRuleViolation;
import works.incentives.domain.shared.Rule;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Who sees which dashboard, over which partners, and with which SLA target and windows. */
class InsightServiceTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2027-06-01T09:00:00Z"), ZoneOffset.UTC);
    final List<String> asked = new ArrayList<>();

    final InsightRepository repository = new InsightRepository() {
        @Override
        public List<FundTotals> fundsByProgramAndPeriod(Long partnerId) {
            asked.add("funds " + partnerId);
            return List.of(new FundTotals(1, "P", 2, "H1", LocalDate.of(2027, 6, 30), "USD", BigDecimal.TEN,
                    BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ZERO));
        }

        @Override
        public List<Unclaimed> unclaimedByDeadline(Long partnerId, LocalDate from, LocalDate to) {
            asked.add("unclaimed " + partnerId + " " + from + ".." + to);
            return List.of();
        }

        @Override
        public List<Count> claimsByStatusAndType(Long partnerId, boolean onlyEverSubmitted) {
            asked.add("claims " + partnerId + " " + onlyEverSubmitted);
            return List.of();
        }

        @Override
        public List<Count> plansByStatusAndProgram(Long partnerId, boolean withoutDrafts) {
            asked.add("plans " + partnerId + " " + withoutDrafts);
            return List.of();
        }

        @Override
        public List<ReviewTimes> reviewTimes(Instant since, long slaSeconds) {
            asked.add("times " + since + " " + slaSeconds);
            return List.of();
        }

        @Override
        public List<Backlog> backlogByReviewer(Instant slaCutoff) {
            asked.add("backlog " + slaCutoff);
            return List.of();
        }
    };

    @Test
    void aPartnerSeesOnlyItsOwnOrganizationsFigures() {
        InsightService service = new InsightService(repository, CLOCK);
        assertEquals(new BigDecimal("9"), service.partnerDashboard(Actor.partnerUser("alex", 7)).funds().get(0).unclaimed());
        assertEquals(List.of("funds 7", "unclaimed 7 2027-06-01..2027-08-30", "plans 7 false", "claims 7 false"), asked);
        assertEquals(Rule.NOT_PERMITTED, assertThrows(DomainRuleViolation.class,
                () -> service.vendorDashboard(Actor.partnerAdmin("ann", 7))).rule());
        assertEquals(Rule.NOT_PERMITTED, assertThrows(DomainRuleViolation.class,
                () -> service.partnerDashboard(Actor.reviewer("rita"))).rule());
    }

    @Test
    void theVendorSeesEveryPartnerWithoutDraftsAndTheConfiguredSla() {
        InsightService service = new InsightService(repository, CLOCK);
        service.setSlaDays(5);
        assertEquals(5, service.vendorDashboard(Actor.programAdmin("paul")).slaDays());
        assertEquals(List.of("plans null true", "claims null true",
                "times 2027-03-03T09:00:00Z " + Duration.ofDays(5).toSeconds(), "backlog 2027-05-27T09:00:00Z",
                "unclaimed null 2027-06-01..2027-08-30"), asked);
        assertEquals(InsightService.DEFAULT_SLA_DAYS, new InsightService(repository, CLOCK).getSlaDays());
        assertThrows(IllegalArgumentException.class, () -> service.setSlaDays(0));
    }
}
