package works.incentives.persistence;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;
import org.junit.jupiter.api.Test;
import works.incentives.domain.audit.HistoryEntry;
import works.incentives.domain.claim.Claim;
import works.incentives.domain.claim.ClaimContext;
import works.incentives.domain.claim.ClaimQuery;
import works.incentives.domain.claim.ClaimStatus;
import works.incentives.domain.claim.Invoice;
import works.incentives.domain.evidence.EvidenceContent;
import works.incentives.domain.evidence.EvidenceDocument;
import works.incentives.domain.fund.FundAllocation;
import works.incentives.domain.partner.PartnerOrganization;
import works.incentives.domain.plan.Plan;
import works.incentives.domain.plan.PlanContext;
import works.incentives.domain.plan.PlanQuery;
import works.incentives.domain.plan.PlanStatus;
import works.incentives.domain.program.ActivityCatalog;
import works.incentives.domain.program.ActivityType;
import works.incentives.domain.program.FundingPeriod;
import works.incentives.domain.program.Program;
import works.incentives.domain.program.ProgramRepository;
import works.incentives.domain.shared.Actor;
import works.incentives.domain.shared.DateRange;
import works.incentives.domain.shared.DomainRuleViolation;
import works.incentives.domain.shared.Money;
import works.incentives.domain.shared.Rule;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every database must do for the repositories; run against H2 and PostgreSQL by the
 * subclasses. Each test builds its own program and partner, so tests do not see each other.
 */
abstract class RepositoryContract {

    static final Currency USD = Currency.getInstance("USD");
    static final Clock MARCH = Clock.fixed(Instant.parse("2027-03-05T10:00:00Z"), ZoneOffset.UTC);

    abstract TestDatabase db();

    static Money usd(long amount) {
        return Money.of(amount, USD);
    }

    /** Ids of a stored little world: program FY27 with its catalogue, period H1, a partner with USD 50,000. */
    record World(long programId, long periodId, long partnerId, long allocationId) {
    }

    World world(long earned) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        return db().inTransaction(em -> {
            var programs = new JpaProgramRepository(em);
            Program program = programs.save(new Program("CSP co-op " + unique, 2027, USD, true));
            program.setRebateThreshold(usd(1_500));
            FundingPeriod period = programs.save(FundingPeriod.halfYear(program, "H1", LocalDate.of(2026, 7, 1)));
            ActivityCatalog.standard(program).forEach(programs::save);
            PartnerOrganization partner = new JpaPartnerRepository(em).save(
                    new PartnerOrganization("Contoso " + unique, "TW"));
            em.flush();
            FundAllocation allocation = new JpaFundAllocationRepository(em).save(new FundAllocation(partner.getId(),
                    program.getId(), period.getId(), usd(earned), program.getRebateThreshold()));
            return new World(program.getId(), period.getId(), partner.getId(), allocation.getId());
        });
    }

    /** Stores a plan with one campaign (Feb-Mar 2027) and one digital ads activity of USD 10,000. */
    long plan(World w, boolean approve) {
        return db().inTransaction(em -> {
            var programs = new JpaProgramRepository(em);
            FundAllocation allocation = new JpaFundAllocationRepository(em).findById(w.allocationId()).orElseThrow();
            List<ActivityType> types = programs.findActivityTypes(w.programId());
            ActivityType ads = types.stream().filter(t -> t.getCode().equals("DIGITAL_ADVERTISING")).findFirst().orElseThrow();
            Plan plan = new Plan(allocation, "H1 plan");
            plan.updateBasics("H1 plan", "Leads");
            var campaign = plan.addCampaign("Spring", "Leads",
                    DateRange.of(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 31)));
            plan.addActivity(campaign, ads, Set.of("TW", "HK"), usd(10_000),
                    Map.of(ActivityCatalog.CLICK_THROUGH_SUMMARY, "2%"), "LinkedIn");
            new JpaPlanRepository(em).save(plan);
            if (approve) {
                Program program = programs.findById(w.programId()).orElseThrow();
                FundingPeriod period = programs.findPeriodById(w.periodId()).orElseThrow();
                plan.submit(Clock.fixed(Instant.parse("2027-01-10T10:00:00Z"), ZoneOffset.UTC),
                        PlanContext.of(program, period, allocation, types));
                plan.approve(null, allocation, "ok", MARCH);
            }
            return plan.getId();
        });
    }

    @Test
    void programsKeepTheirRulesAndCatalogue() {
        World w = world(50_000);
        db().run(em -> {
            var programs = new JpaProgramRepository(em);
            Program program = programs.findById(w.programId()).orElseThrow();
            assertEquals(usd(1_500), program.getRebateThreshold());
            assertEquals(45, program.getClaimDeadlineDays());
            assertEquals(LocalDate.of(2027, 8, 14), programs.findPeriodById(w.periodId()).orElseThrow().claimDeadline());
            List<ActivityType> types = programs.findActivityTypes(w.programId());
            assertEquals(17, types.size());
            ActivityType conference = types.stream().filter(t -> t.getCode().equals("VENDOR_HOSTED_CONFERENCE"))
                    .findFirst().orElseThrow();
            assertEquals(usd(5_000), conference.getPerPersonCap().orElseThrow());
            assertEquals(3, conference.getMaxPersons().orElseThrow());
            assertEquals(usd(45_000), conference.getPerPeriodCap().orElseThrow());
            assertEquals(List.of("VENDOR_HOSTED_REGISTRATION", "TRAVEL_ITINERARY"), conference.getEvidenceRequirements()
                    .stream().map(r -> r.getCode()).toList());
            ActivityType demo = types.stream().filter(t -> t.getCode().equals("DEMO_UNITS")).findFirst().orElseThrow();
            assertEquals(usd(5_000), demo.periodCap(usd(50_000)).orElseThrow());
        });
    }

    @Test
    void aPlanIsStoredWithCampaignsActivitiesCountriesAndMetrics() {
        World w = world(50_000);
        long planId = plan(w, false);
        db().run(em -> {
            Plan plan = new JpaPlanRepository(em).findById(planId).orElseThrow();
            assertEquals(PlanStatus.DRAFT, plan.getStatus());
            var activity = plan.getCampaigns().get(0).getActivities().get(0);
            assertEquals(Set.of("HK", "TW"), activity.getCountries());
            assertEquals(usd(10_000), activity.getPlannedAmount());
            assertEquals(Map.of("CLICK_THROUGH_SUMMARY", "2%"), activity.getPlannedMetrics());
            assertTrue(plan.hasTarget("campaign:" + plan.getCampaigns().get(0).getId()));
            assertTrue(plan.hasTarget("activity:" + activity.getId()));
        });
    }

    @Test
    void thereIsOnlyOnePlanPerPartnerProgramFundAndPeriod() {
        World w = world(50_000);
        plan(w, false);
        assertThrows(PersistenceException.class, () -> plan(w, false));
        db().run(em -> assertTrue(new JpaPlanRepository(em).findByPartnerProgramAllocationPeriod(w.partnerId(),
                w.programId(), w.allocationId(), w.periodId()).isPresent()));
    }

    @Test
    void approvingAPlanCommitsTheFundAndTheQueueFindsSubmittedPlans() {
        World w = world(50_000);
        plan(w, true);
        db().run(em -> {
            assertEquals(usd(10_000), new JpaFundAllocationRepository(em).findById(w.allocationId()).orElseThrow()
                    .getCommitted());
            var plans = new JpaPlanRepository(em);
            PlanQuery approved = new PlanQuery(w.partnerId(), null, Set.of(PlanStatus.APPROVED), null, null);
            assertEquals(1, plans.countPlans(approved));
            assertEquals(1, plans.findPlans(approved, 0, 10).size());
            assertEquals(0, plans.countPlans(new PlanQuery(w.partnerId(), null, Set.of(PlanStatus.DRAFT), null, null)));
        });
    }

    long claim(World w, long planId, String invoiceNumber, long amount) {
        return db().inTransaction(em -> {
            Plan plan = new JpaPlanRepository(em).findById(planId).orElseThrow();
            var activity = plan.getCampaigns().get(0).getActivities().get(0);
            FundingPeriod period = new JpaProgramRepository(em).findPeriodById(w.periodId()).orElseThrow();
            Claim claim = Claim.draft(plan, activity, "Ads " + invoiceNumber, period, LocalDate.of(2027, 3, 1));
            claim.updateDetails("Ads " + invoiceNumber, LocalDate.of(2027, 2, 15), usd(amount), 1000L, null, null, false);
            claim.reportMetrics(Map.of(ActivityCatalog.CLICK_THROUGH_SUMMARY, "2.1%"));
            claim.attachInvoice(new Invoice(invoiceNumber, "LinkedIn", LocalDate.of(2027, 2, 28), usd(amount)));
            var evidence = new JpaEvidenceRepository(em);
            for (String requirement : List.of("INVOICE", "AD_SCREENSHOT", "LANDING_PAGE_URL")) {
                EvidenceDocument doc = evidence.save(new EvidenceDocument(requirement + ".png", "image/png", 3,
                        "00".repeat(32), requirement, null, Instant.parse("2027-03-01T00:00:00Z"), "paula"));
                evidence.saveContent(new EvidenceContent(doc.getId(), new byte[]{1, 2, 3}));
                claim.addDocument(doc);
            }
            return new JpaClaimRepository(em).save(claim).getId();
        });
    }

    ClaimContext context(jakarta.persistence.EntityManager em, World w, Claim claim, FundAllocation allocation) {
        var programs = new JpaProgramRepository(em);
        Plan plan = new JpaPlanRepository(em).findById(claim.getPlanId()).orElseThrow();
        var activity = plan.findActivity(claim.getActivityId()).orElseThrow();
        ActivityType type = programs.findActivityTypeById(activity.getActivityTypeId()).orElseThrow();
        var claims = new JpaClaimRepository(em);
        long id = claim.getId();
        return new ClaimContext(activity.getCampaign().getDates(), activity.getPlannedAmount(), type,
                claims.claimedForActivityType(w.partnerId(), w.periodId(), type.getCode(), id, USD),
                allocation.getEarned(), allocation.getRemaining().plus(claim.getHeldAmount()),
                plan.getApprovedLimit().map(l -> l.minus(claims.heldUnderPlan(plan.getId(), id, USD))).orElse(null),
                !plan.isApproved(), claims.invoiceNumbersInUse(w.partnerId(), id), claim.getClaimDeadline(),
                claims.claimedForActivity(w.partnerId(), activity.getId(), id, USD));
    }

    @Test
    void aPeriodsClaimsFollowTheClaimWindowItsAdminSets() {
        World w = world(50_000);
        long claimId = claim(w, plan(w, true), "INV-W", 1_000);
        DateRange published = DateRange.of(LocalDate.of(2027, 2, 15), LocalDate.of(2027, 8, 14));
        db().run(em -> {
            ProgramRepository programs = new JpaProgramRepository(em);
            FundingPeriod period = programs.findPeriodById(w.periodId()).orElseThrow();
            period.redefine(period.getName(), period.getEarning(), period.getUsage(), published);
            programs.save(period);
            assertEquals(1, programs.moveClaimsToWindow(w.periodId(), published));
        });
        db().run(em -> {
            assertEquals(published, new JpaProgramRepository(em).findPeriodById(w.periodId()).orElseThrow().getClaimWindow());
            Claim claim = new JpaClaimRepository(em).findById(claimId).orElseThrow();
            assertEquals(published, claim.getClaimWindow());
            assertEquals(LocalDate.of(2027, 8, 14), claim.getClaimDeadline());
        });
    }

    @Test
    void aClaimIsStoredWithInvoiceMetricsAndDocumentsButNotTheirBytes() {
        World w = world(50_000);
        long claimId = claim(w, plan(w, true), "INV-1", 4_000);
        db().run(em -> {
            Claim claim = new JpaClaimRepository(em).findById(claimId).orElseThrow();
            assertEquals("INV-1", claim.getInvoice().orElseThrow().getNumber());
            assertTrue(claim.getSelfCertification().isEmpty());
            assertEquals(Map.of("CLICK_THROUGH_SUMMARY", "2.1%"), claim.getMetrics());
            assertEquals(3, claim.getDocuments().size());
            FundAllocation allocation = new JpaFundAllocationRepository(em).findById(w.allocationId()).orElseThrow();
            assertEquals(List.of(), claim.check(context(em, w, claim, allocation)));
            long docId = claim.getDocuments().get(0).getId();
            assertArrayEquals(new byte[]{1, 2, 3},
                    new JpaEvidenceRepository(em).findContent(docId).orElseThrow().getContent());
        });
    }

    @Test
    void submittingAClaimHoldsItsAmountAndTheQueriesSeeIt() {
        World w = world(50_000);
        long planId = plan(w, true);
        long first = claim(w, planId, "INV-1", 4_000);
        long second = claim(w, planId, "inv 1", 1_000);
        db().run(em -> {
            var claims = new JpaClaimRepository(em);
            Claim claim = claims.findById(first).orElseThrow();
            FundAllocation allocation = new JpaFundAllocationRepository(em).findByIdForUpdate(w.allocationId()).orElseThrow();
            claim.submit(MARCH, context(em, w, claim, allocation));
            claim.reconcileFunds(allocation);
            new JpaHistoryRepository(em).append(new HistoryEntry(HistoryEntry.SubjectType.CLAIM, first, w.partnerId(),
                    "SUBMITTED", "DRAFT", "SUBMITTED", Actor.partnerAdmin("paula", w.partnerId()), MARCH.instant(),
                    null, null));
        });
        db().run(em -> {
            var claims = new JpaClaimRepository(em);
            assertEquals(usd(46_000), new JpaFundAllocationRepository(em).findById(w.allocationId()).orElseThrow()
                    .getRemaining());
            assertEquals(usd(4_000), claims.heldUnderPlan(planId, second, USD));
            assertEquals(usd(4_000), claims.claimedForActivityType(w.partnerId(), w.periodId(), "DIGITAL_ADVERTISING",
                    second, USD));
            long activityId = claims.findById(first).orElseThrow().getActivityId();
            assertEquals(usd(4_000), claims.claimedForActivity(w.partnerId(), activityId, second, USD));
            assertEquals(usd(0), claims.claimedForActivity(w.partnerId(), activityId, first, USD),
                    "drafts do not count against the activity");
            assertEquals(usd(0), claims.claimedForActivity(w.partnerId() + 1000, activityId, second, USD),
                    "another partner's sums never include these claims");
            assertEquals(Set.of("INV1"), claims.invoiceNumbersInUse(w.partnerId(), second));
            assertEquals(Set.of(), claims.invoiceNumbersInUse(w.partnerId(), first), "drafts do not use up invoices");
            Claim reused = claims.findById(second).orElseThrow();
            FundAllocation allocation = new JpaFundAllocationRepository(em).findById(w.allocationId()).orElseThrow();
            assertTrue(reused.check(context(em, w, reused, allocation)).stream()
                    .anyMatch(p -> p.rule() == Rule.CLAIM_INVOICE_NUMBER_REUSED));
            ClaimQuery queue = ClaimQuery.reviewQueue();
            ClaimQuery mine = new ClaimQuery(w.partnerId(), null, null, queue.statuses(), null, null);
            assertEquals(1, claims.countClaims(mine));
            assertEquals(first, claims.findClaims(mine, 0, 20, ClaimQuery.Sort.SUBMITTED_OLDEST_FIRST).get(0).getId());
            assertEquals(2, claims.countClaims(ClaimQuery.ofPartner(w.partnerId())));
            assertEquals(1, claims.findClaims(ClaimQuery.ofPartner(w.partnerId()), 1, 20, ClaimQuery.Sort.ID).size());
            assertTrue(claims.findClaims(ClaimQuery.ofPartner(w.partnerId()), 0, 20, ClaimQuery.Sort.ID).stream()
                    .allMatch(c -> c.getPartnerId() == w.partnerId()));
            for (ClaimQuery.Sort sort : ClaimQuery.Sort.values()) {
                // the queue's column query returns what mapping whole claims gives, in the same order
                ClaimQuery partners = ClaimQuery.ofPartner(w.partnerId());
                assertEquals(claims.findClaims(partners, 0, 20, sort).stream()
                                .map(works.incentives.domain.claim.ClaimCommands.ClaimRow::of).toList(),
                        claims.findClaimRows(partners, 0, 20, sort), sort.name());
            }
            assertEquals(List.of(), claims.findClaimRows(mine, 5, 20, ClaimQuery.Sort.ID));
            assertTrue(claims.findOverdueIds(LocalDate.of(2027, 8, 15), 0, 1000).contains(second));
            assertFalse(claims.findOverdueIds(LocalDate.of(2027, 8, 14), 0, 1000).contains(second));
            assertFalse(claims.findOverdueIds(LocalDate.of(2027, 8, 15), second, 1000).contains(second),
                    "a page starts after the last id of the one before");
            List<HistoryEntry> history = new JpaHistoryRepository(em).findBySubject(HistoryEntry.SubjectType.CLAIM, first);
            assertEquals(1, history.size());
            assertEquals("paula", history.get(0).getActorName());
            assertEquals(MARCH.instant(), history.get(0).getAt());
            Claim stored = claims.findById(first).orElseThrow();
            assertEquals(ClaimStatus.SUBMITTED, stored.getStatus());
            assertTrue(stored.getDocuments().stream().allMatch(EvidenceDocument::isLocked));
        });
    }

    @Test
    void staleEditsAreRefusedByTheVersion() {
        World w = world(50_000);
        PartnerOrganization stale = db().inTransaction(em -> new JpaPartnerRepository(em).findById(w.partnerId())
                .orElseThrow());
        db().run(em -> new JpaPartnerRepository(em).findById(w.partnerId()).orElseThrow().rename("Renamed first"));
        stale.rename("Renamed second");
        RuntimeException e = assertThrows(RuntimeException.class,
                () -> db().run(em -> new JpaPartnerRepository(em).save(stale)));
        assertTrue(e instanceof OptimisticLockException || e.getCause() instanceof OptimisticLockException
                || e instanceof RollbackException, e.toString());
    }

    @Test
    void theDatabaseRefusesAnOverspentFundWhateverTheCodeDoes() throws SQLException {
        World w = world(10_000);
        try (Connection c = db().dataSource().getConnection(); Statement s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.executeUpdate(
                    "UPDATE fund_allocation SET claimed = 10000.01 WHERE id = " + w.allocationId()));
        }
    }

    /**
     * Eight partners' sessions race to claim USD 3,000 each from a USD 10,000 fund, each in its own
     * transaction with the row locked for update: exactly three win, five are told the funds are
     * insufficient, and the fund is never overspent.
     */
    @Test
    void racingClaimsNeverOverspendTheFund() throws Exception {
        World w = world(10_000);
        int racers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    db().run(em -> {
                        FundAllocation allocation = new JpaFundAllocationRepository(em)
                                .findByIdForUpdate(w.allocationId()).orElseThrow();
                        allocation.claim(usd(3_000));
                        try {
                            Thread.sleep(20);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    });
                    return "won";
                } catch (DomainRuleViolation e) {
                    return e.code();
                } catch (RuntimeException e) {
                    return e.toString();
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> result : results) {
            outcomes.add(result.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertEquals(3, outcomes.stream().filter("won"::equals).count(), outcomes.toString());
        assertEquals(5, outcomes.stream().filter("FUNDS_INSUFFICIENT"::equals).count(), outcomes.toString());
        db().run(em -> assertEquals(usd(9_000), new JpaFundAllocationRepository(em).findById(w.allocationId())
                .orElseThrow().getClaimed()));
    }
}
