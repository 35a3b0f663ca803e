package works.incentives.persistence;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import works.incentives.domain.fund.AllocationService.AllocateFunds;
import works.incentives.domain.fund.AllocationService.AllocationView;
import works.incentives.domain.insight.InsightRepository;
import works.incentives.domain.insight.InsightRepository.Backlog;
import works.incentives.domain.insight.InsightRepository.Count;
import works.incentives.domain.insight.InsightRepository.FundTotals;
import works.incentives.domain.insight.InsightRepository.ReviewTimes;
import works.incentives.domain.insight.InsightRepository.Unclaimed;
import works.incentives.domain.plan.PlanCommands.PlanView;
import works.incentives.domain.shared.Actor;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dashboards' grouped queries on every database: two partners in one program, plans decided
 * after 3 and 15 days by one reviewer, claims in several states. Sums and counts must equal what the
 * services report one item at a time; a partner's figures hold only its own rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class InsightContract {

    abstract TestDatabase db();

    final ServiceFlowContract flow = new ServiceFlowContract() {
        @Override
        TestDatabase db() {
            return InsightContract.this.db();
        }
    };

    private final String unique = UUID.randomUUID().toString().substring(0, 8);
    private final Actor reviewer = Actor.reviewer("r-" + unique);
    private ServiceFlowContract.Setup first;
    private long secondPartner;
    private long secondAllocation;
    private String programName;
    private long underReview;

    private <T> T insight(Function<InsightRepository, T> query) {
        return db().inTransaction(em -> query.apply(new JpaInsightRepository(em)));
    }

    /** Built once: the queries only read. */
    private synchronized void world() {
        if (first != null) {
            return;
        }
        first = flow.setup(false, 50_000);
        Actor paula = Actor.partnerAdmin("paula", first.partnerId());
        secondPartner = flow.call(s -> s.partners().register("Second " + unique, "TW", flow.admin).id());
        Actor sam = Actor.partnerAdmin("sam", secondPartner);
        secondAllocation = flow.call(s -> s.allocations().allocate(new AllocateFunds(secondPartner, first.programId(),
                first.allocation().fundingPeriodId(), BigDecimal.valueOf(20_000)), flow.admin)).id();
        programName = db().inTransaction(em -> em.find(works.incentives.domain.program.Program.class,
                first.programId()).getName());

        flow.clock = ServiceFlowContract.at("2027-01-10");
        PlanView quick = flow.draftPlan(first, paula, 12_000);
        PlanView slow = flow.draftPlan(new ServiceFlowContract.Setup(first.programId(), secondPartner,
                flow.call(s -> s.allocations().get(secondAllocation, flow.admin)), first.adsTypeId()), sam, 5_000);
        flow.call(s -> s.plans().submit(quick.id(), paula));
        flow.call(s -> s.plans().submit(slow.id(), sam));
        flow.clock = ServiceFlowContract.at("2027-01-13");
        flow.call(s -> s.plans().approve(quick.id(), null, "ok", reviewer));
        flow.clock = ServiceFlowContract.at("2027-01-25");
        flow.call(s -> s.plans().approve(slow.id(), null, "ok", reviewer));

        long submitted = flow.completeClaim(quick, paula, "INV-A-" + unique, 1_000);
        flow.call(s -> s.claims().submit(submitted, paula));
        flow.call(s -> s.claims().startReview(submitted, reviewer));
        underReview = submitted;
        flow.completeClaim(quick, paula, "INV-B-" + unique, 500); // stays a draft
    }

    @Test
    void fundsAreSummedByProgramAndPeriodAsTheAllocationsHoldThem() {
        world();
        AllocationView mine = flow.call(s -> s.allocations().get(first.allocation().id(), flow.admin));
        AllocationView theirs = flow.call(s -> s.allocations().get(secondAllocation, flow.admin));
        List<FundTotals> own = insight(r -> r.fundsByProgramAndPeriod(first.partnerId()));
        assertEquals(1, own.size(), "one program and period of the partner's own: " + own);
        FundTotals f = own.get(0);
        assertEquals(programName, f.programName());
        assertEquals(mine.claimDeadline(), f.claimDeadline());
        assertAmount(mine.allocated(), f.allocated());
        assertAmount(mine.committed(), f.committed());
        assertAmount(mine.claimed(), f.claimed());
        assertAmount(mine.paid(), f.paid());

        FundTotals both = insight(r -> r.fundsByProgramAndPeriod(null)).stream()
                .filter(t -> t.programId() == first.programId()).findFirst().orElseThrow();
        assertAmount(mine.allocated().add(theirs.allocated()), both.allocated());
        assertAmount(mine.committed().add(theirs.committed()), both.committed());
    }

    @Test
    void unclaimedMoneyIsListedPerPartnerAheadOfItsDeadlineOnly() {
        world();
        AllocationView mine = flow.call(s -> s.allocations().get(first.allocation().id(), flow.admin));
        LocalDate deadline = mine.claimDeadline();
        List<Unclaimed> all = insight(r -> r.unclaimedByDeadline(null, deadline.minusDays(1), deadline)).stream()
                .filter(u -> u.programId() == first.programId()).toList();
        assertEquals(List.of(first.partnerId(), secondPartner).stream().sorted().toList(),
                all.stream().map(Unclaimed::partnerId).sorted().toList());
        Unclaimed own = insight(r -> r.unclaimedByDeadline(first.partnerId(), deadline.minusDays(1), deadline)).get(0);
        assertAmount(mine.allocated().subtract(mine.claimed()), own.unclaimed());
        assertEquals(deadline, own.claimDeadline());
        assertTrue(insight(r -> r.unclaimedByDeadline(first.partnerId(), deadline.plusDays(1), deadline.plusDays(90)))
                .isEmpty(), "a passed deadline is no longer ahead");
    }

    @Test
    void claimsAndPlansAreCountedByStatusAndGroup() {
        world();
        assertEquals(List.of(new Count("DRAFT", "DIGITAL_ADVERTISING", 1), new Count("UNDER_REVIEW", "DIGITAL_ADVERTISING", 1)),
                insight(r -> r.claimsByStatusAndType(first.partnerId(), false)));
        assertEquals(List.of(new Count("UNDER_REVIEW", "DIGITAL_ADVERTISING", 1)),
                insight(r -> r.claimsByStatusAndType(first.partnerId(), true)), "never-submitted claims left out");
        assertEquals(List.of(new Count("APPROVED", programName, 1)),
                insight(r -> r.plansByStatusAndProgram(first.partnerId(), false)));
        assertEquals(List.of(new Count("APPROVED", programName, 2)),
                insight(r -> r.plansByStatusAndProgram(null, true)).stream()
                        .filter(c -> c.group().equals(programName)).toList());
        long everyClaim = insight(r -> r.claimsByStatusAndType(null, false)).stream().mapToLong(Count::count).sum();
        long counted = db().inTransaction(em -> em.createQuery("select count(c) from Claim c", Long.class)
                .getSingleResult());
        assertEquals(counted, everyClaim, "every claim is in one group");
    }

    @Test
    void timeInQueueAndTheSlaAreMeasuredFromTheHistory() {
        world();
        List<ReviewTimes> times = insight(r -> r.reviewTimes(ServiceFlowContract.at("2027-01-01").instant(),
                Duration.ofDays(10).toSeconds())).stream().filter(t -> t.reviewer().equals(reviewer.userName())).toList();
        assertEquals(1, times.size(), "plans only: the claim is still under review: " + times);
        ReviewTimes plans = times.get(0);
        assertEquals("PLAN", plans.kind());
        assertEquals(2, plans.decisions());
        assertEquals(Duration.ofDays(9).toSeconds(), plans.averageSeconds(), 1.0, "(3 + 15) / 2 days");
        assertEquals(Duration.ofDays(15).toSeconds(), plans.longestSeconds(), 1.0);
        assertEquals(1, plans.withinSla(), "3 days within 10, 15 days not");
        assertTrue(insight(r -> r.reviewTimes(ServiceFlowContract.at("2027-02-01").instant(), 1)).stream()
                .noneMatch(t -> t.reviewer().equals(reviewer.userName())), "decisions before the window are left out");

        List<Backlog> late = insight(r -> r.backlogByReviewer(ServiceFlowContract.at("2027-03-10").instant()))
                .stream().filter(b -> reviewer.userName().equals(b.reviewer())).toList();
        assertEquals(List.of(new Backlog("CLAIM", reviewer.userName(), 1, 1)), late);
        List<Backlog> fresh = insight(r -> r.backlogByReviewer(ServiceFlowContract.at("2027-02-01").instant()))
                .stream().filter(b -> reviewer.userName().equals(b.reviewer())).toList();
        assertEquals(List.of(new Backlog("CLAIM", reviewer.userName(), 1, 0)), fresh);
        assertTrue(underReview > 0);
    }

    private static void assertAmount(BigDecimal expected, BigDecimal actual) {
        assertEquals(0, expected.compareTo(actual), expected + " expected, was " + actual);
    }
}
