package works.incentives.it.container;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import works.incentives.domain.access.ActingAs;
import works.incentives.domain.claim.ClaimService;
import works.incentives.domain.claim.ClaimStatus;
import works.incentives.domain.claim.RejectionReason;
import works.incentives.domain.fund.AllocationService;
import works.incentives.domain.fund.AllocationService.AllocationView;
import works.incentives.domain.plan.PlanCommands.PlanBasics;
import works.incentives.domain.plan.PlanCommands.PlanView;
import works.incentives.domain.plan.PlanService;
import works.incentives.domain.plan.PlanStatus;
import works.incentives.domain.shared.Actor;
import works.incentives.domain.shared.DomainRuleViolation;
import works.incentives.domain.shared.Rule;
import works.incentives.it.container.Fixtures.World;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The application services in Payara Micro with real JTA transactions and the real database:
 * plans and claims through every state, refusals, optimistic locking and the race for the last
 * money of a fund.
 */
@ExtendWith(ArquillianExtension.class)
class ServiceFlowIT {

    @Inject
    Fixtures fixtures;
    @Inject
    PlanService plans;
    @Inject
    ClaimService claims;
    @Inject
    AllocationService allocations;
    @Resource
    ManagedExecutorService executor;
    @Resource
    UserTransaction transaction;

    private final Actor rita = Fixtures.REVIEWER;

    private AllocationView fund(World w) {
        return ActingAs.call(rita, () -> allocations.get(w.allocationId(), rita));
    }

    @Test
    void aPlanGoesThroughActionRequiredToApprovalAndCommitsItsFund() {
        World w = fixtures.world(50_000);
        Actor ann = w.partnerAdmin();
        PlanView draft = fixtures.draftPlan(w, 12_000);
        assertEquals(PlanStatus.DRAFT, draft.status());

        ActingAs.run(ann, () -> assertEquals(PlanStatus.SUBMITTED, plans.submit(draft.id(), ann).status()));
        long activityId = draft.campaigns().get(0).activities().get(0).id();
        ActingAs.run(rita, () -> {
            assertEquals(PlanStatus.UNDER_REVIEW, plans.startReview(draft.id(), rita).status());
            assertEquals(PlanStatus.ACTION_REQUIRED,
                    plans.requestAction(draft.id(), "Split Hong Kong", "activity:" + activityId, rita).status());
        });
        ActingAs.run(ann, () -> {
            assertEquals(PlanStatus.DRAFT, plans.reopenForEdit(draft.id(), ann).status());
            plans.updateBasics(draft.id(), new PlanBasics("Plan " + w.tag(), "Leads in Taiwan only"), ann);
            assertEquals(PlanStatus.SUBMITTED, plans.submit(draft.id(), ann).status());
        });
        PlanView approved = ActingAs.call(rita, () -> {
            plans.startReview(draft.id(), rita);
            return plans.approve(draft.id(), new BigDecimal("10000"), "Approved with a limit", rita);
        });
        assertEquals(PlanStatus.APPROVED, approved.status());
        assertEquals(0, new BigDecimal("10000").compareTo(fund(w).committed()));
        List<String> actions = ActingAs.call(ann, () -> plans.history(draft.id(), ann)).stream()
                .map(h -> h.action()).toList();
        assertEquals(List.of("CREATED", "SUBMITTED", "REVIEW_STARTED", "ACTION_REQUESTED", "REOPENED",
                "SUBMITTED", "REVIEW_STARTED", "APPROVED"), actions);
    }

    @Test
    void aRejectedPlanCommitsNothingAndCannotBeApprovedAfterwards() {
        World w = fixtures.world(20_000);
        PlanView plan = fixtures.draftPlan(w, 5_000);
        ActingAs.run(w.partnerAdmin(), () -> plans.submit(plan.id(), w.partnerAdmin()));
        ActingAs.run(rita, () -> {
            plans.startReview(plan.id(), rita);
            assertEquals(PlanStatus.REJECTED, plans.reject(plan.id(), "Not eligible", rita).status());
            DomainRuleViolation refused = assertThrows(DomainRuleViolation.class,
                    () -> plans.approve(plan.id(), null, null, rita));
            assertEquals(Rule.ILLEGAL_TRANSITION, refused.rule());
        });
        assertEquals(0, BigDecimal.ZERO.compareTo(fund(w).committed()));
    }

    @Test
    void illegalTransitionsAreRefusedAndChangeNothing() {
        World w = fixtures.world(20_000);
        PlanView plan = fixtures.draftPlan(w, 5_000);
        // a draft is the partner's own: to a reviewer it is not there at all (issue 11)
        ActingAs.run(rita, () -> assertEquals(Rule.NOT_FOUND, assertThrows(DomainRuleViolation.class,
                () -> plans.approve(plan.id(), null, null, rita)).rule()));
        ActingAs.run(w.partnerAdmin(), () -> assertEquals(PlanStatus.DRAFT,
                plans.get(plan.id(), w.partnerAdmin()).status()));

        World other = fixtures.world(20_000);
        PlanView approved = fixtures.approvedPlan(other, 5_000);
        long claimId = fixtures.completeClaim(other, approved, "INV-" + other.tag(), 1_000);
        ActingAs.run(other.partnerAdmin(), () -> claims.submit(claimId, other.partnerAdmin()));
        ActingAs.run(rita, () -> assertEquals(Rule.ILLEGAL_TRANSITION, assertThrows(DomainRuleViolation.class,
                () -> claims.markPaid(claimId, "PAY-1", LocalDate.now(), rita)).rule()));
        ActingAs.run(rita, () -> assertEquals(ClaimStatus.SUBMITTED, claims.get(claimId, rita).status()));
    }

    @Test
    void aClaimGoesThroughReviewRejectionDisputeApprovalAndPayment() {
        World w = fixtures.world(50_000);
        Actor ann = w.partnerAdmin();
        PlanView plan = fixtures.approvedPlan(w, 10_000);
        long claimId = fixtures.completeClaim(w, plan, "INV-A-" + w.tag(), 4_000);

        ActingAs.run(ann, () -> {
            assertEquals(List.of(), claims.check(claimId, ann));
            assertEquals(ClaimStatus.SUBMITTED, claims.submit(claimId, ann).status());
        });
        assertEquals(0, new BigDecimal("46000").compareTo(fund(w).remaining()));
        ActingAs.run(rita, () -> {
            assertEquals(ClaimStatus.UNDER_REVIEW, claims.startReview(claimId, rita).status());
            assertEquals(ClaimStatus.ACTION_REQUIRED,
                    claims.requestAction(claimId, "Show the partner brand", "evidence:AD_SCREENSHOT", rita).status());
        });
        ActingAs.run(ann, () -> assertEquals(ClaimStatus.SUBMITTED,
                claims.answer(claimId, "The brand is in the footer", ann).status()));
        ActingAs.run(rita, () -> {
            claims.startReview(claimId, rita);
            assertEquals(ClaimStatus.REJECTED,
                    claims.reject(claimId, RejectionReason.MISSING_BRAND, "Not visible", rita).status());
        });
        assertEquals(0, new BigDecimal("50000").compareTo(fund(w).remaining()));
        ActingAs.run(ann, () -> assertEquals(ClaimStatus.DISPUTED,
                claims.dispute(claimId, "Zoom in: bottom right", ann).status()));
        ActingAs.run(rita, () -> {
            assertEquals(ClaimStatus.APPROVED, claims.approve(claimId, "Found it", rita).status());
            assertEquals(ClaimStatus.PAID, claims.markPaid(claimId, "PAY-" + w.tag(), LocalDate.now(), rita).status());
        });
        AllocationView after = fund(w);
        assertEquals(0, new BigDecimal("4000").compareTo(after.paid()));
        assertEquals(0, new BigDecimal("46000").compareTo(after.remaining()));
    }

    @Test
    void aDraftOrSubmittedClaimCanBeWithdrawnAndGivesItsMoneyBack() {
        World w = fixtures.world(30_000);
        Actor ann = w.partnerAdmin();
        PlanView plan = fixtures.approvedPlan(w, 10_000);
        long claimId = fixtures.completeClaim(w, plan, "INV-W-" + w.tag(), 2_500);
        ActingAs.run(ann, () -> {
            claims.submit(claimId, ann);
            assertEquals(ClaimStatus.WITHDRAWN, claims.withdraw(claimId, ann).status());
        });
        assertEquals(0, new BigDecimal("30000").compareTo(fund(w).remaining()));
    }

    @Test
    void anEditBasedOnAStaleReadIsRefusedAsAConflictNotSilentlyApplied() throws Exception {
        World w = fixtures.world(20_000);
        Actor ann = w.partnerAdmin();
        PlanView plan = fixtures.draftPlan(w, 5_000);
        Throwable conflict = ActingAs.call(ann, () -> {
            try {
                transaction.begin();
                plans.get(plan.id(), ann); // this transaction reads the plan ...
                // ... someone else changes it meanwhile, in their own transaction ...
                executor.submit(() -> ActingAs.call(ann, () -> plans.updateBasics(plan.id(),
                        new PlanBasics("Plan " + w.tag(), "Their objective"), ann))).get(30, TimeUnit.SECONDS);
                // ... and this one writes what it read before
                plans.updateBasics(plan.id(), new PlanBasics("Plan " + w.tag(), "My objective"), ann);
                transaction.commit();
                return null;
            } catch (Exception e) {
                try {
                    transaction.rollback();
                } catch (Exception alreadyEnded) {
                    // the commit itself failed: nothing to roll back
                }
                return e;
            }
        });
        assertTrue(conflict != null && causes(conflict, OptimisticLockException.class),
                () -> "expected an optimistic lock conflict, got " + conflict);
        PlanView stored = ActingAs.call(ann, () -> plans.get(plan.id(), ann));
        assertEquals("Their objective", stored.objective());
    }

    @Test
    void claimsRacingForTheLastMoneyNeverOverspendTheFund() throws Exception {
        World w = fixtures.world(10_000);
        Actor ann = w.partnerAdmin();
        PlanView plan = fixtures.approvedPlan(w, 10_000);
        int racers = 8;
        List<Long> claimIds = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            claimIds.add(fixtures.completeClaim(w, plan, "INV-R" + i + "-" + w.tag(), 3_000));
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Throwable>> submissions = new ArrayList<>();
        for (long claimId : claimIds) {
            submissions.add(executor.submit(() -> ActingAs.call(ann, () -> {
                try {
                    start.await(20, TimeUnit.SECONDS);
                    claims.submit(claimId, ann);
                    return null;
                } catch (Exception e) {
                    return (Throwable) e;
                }
            })));
        }
        start.countDown();
        int won = 0;
        for (Future<Throwable> submission : submissions) {
            Throwable outcome = submission.get(120, TimeUnit.SECONDS);
            if (outcome == null) {
                won++;
            } else {
                DomainRuleViolation refused = assertInstanceOf(DomainRuleViolation.class, outcome);
                assertTrue(Set.of(Rule.FUNDS_INSUFFICIENT, Rule.CLAIM_INCOMPLETE).contains(refused.rule()),
                        () -> "unexpected refusal " + refused.rule() + ": " + refused.getMessage());
            }
        }
        assertEquals(3, won);
        AllocationView after = fund(w);
        assertEquals(0, new BigDecimal("9000").compareTo(after.claimed()), () -> "claimed " + after.claimed());
        assertEquals(0, new BigDecimal("1000").compareTo(after.remaining()), () -> "remaining " + after.remaining());
    }

    private static boolean causes(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
