package works.incentives.it.container;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import works.incentives.domain.access.ActingAs;
import works.incentives.domain.audit.HistoryView;
import works.incentives.domain.claim.ClaimCommands.ClaimView;
import works.incentives.domain.claim.ClaimQuery;
import works.incentives.domain.claim.ClaimService;
import works.incentives.domain.claim.ClaimStatus;
import works.incentives.domain.claim.RejectionReason;
import works.incentives.domain.fund.AllocationService;
import works.incentives.domain.plan.PlanCommands.PlanView;
import works.incentives.domain.plan.PlanQuery;
import works.incentives.domain.plan.PlanService;
import works.incentives.domain.plan.PlanStatus;
import works.incentives.domain.shared.Actor;
import works.incentives.domain.shared.DomainRuleViolation;
import works.incentives.domain.shared.FreeText;
import works.incentives.domain.shared.Rule;
import works.incentives.it.container.Fixtures.World;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every reviewer decision through the services in the container, each on the version the reviewer
 * saw (the overloads the review pages call), and two reviewers deciding on the same plan or claim:
 * one wins, the other is refused with an optimistic-lock conflict and nothing is overwritten.
 */
@ExtendWith(ArquillianExtension.class)
class ReviewDecisionsIT {

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

    private final Actor rita = Fixtures.REVIEWER;
    private final Actor ralf = Actor.reviewer("it-reviewer-2");

    private PlanView submittedPlan(World w, long amount) {
        PlanView draft = fixtures.draftPlan(w, amount);
        return ActingAs.call(w.partnerAdmin(), () -> plans.submit(draft.id(), w.partnerAdmin()));
    }

    private ClaimView submittedClaim(World w, PlanView plan, String invoice, long amount) {
        long id = fixtures.completeClaim(w, plan, invoice, amount);
        return ActingAs.call(w.partnerAdmin(), () -> claims.submit(id, w.partnerAdmin()));
    }

    private <T> T as(Actor actor, Callable<T> call) {
        return ActingAs.call(actor, () -> {
            try {
                return call.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static boolean conflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aPlanIsStartedApprovedWithALimitAndTheLimitRaised() {
        World w = fixtures.world(50_000);
        PlanView submitted = submittedPlan(w, 12_000);
        PlanView started = as(rita, () -> plans.startReview(submitted.id(), submitted.version(), rita));
        assertEquals(PlanStatus.UNDER_REVIEW, started.status());
        PlanView approved = as(rita, () -> plans.approve(started.id(), started.version(), new BigDecimal("10000"), "ok", rita));
        assertEquals(PlanStatus.APPROVED, approved.status());
        assertEquals(0, new BigDecimal("10000").compareTo(approved.approvedLimit()));
        PlanView raised = as(rita, () -> plans.raiseApprovedLimit(approved.id(), approved.version(), new BigDecimal("11000"), rita));
        assertEquals(0, new BigDecimal("11000").compareTo(raised.approvedLimit()));
        assertEquals(0, new BigDecimal("11000").compareTo(as(rita, () -> allocations.get(w.allocationId(), rita)).committed()));
    }

    @Test
    void aPlanIsRejectedWithAReasonOrSentBackWithACommentPinnedToACampaign() {
        World w = fixtures.world(50_000);
        PlanView first = submittedPlan(w, 5_000);
        long campaignId = first.campaigns().get(0).id();
        PlanView asked = as(rita, () -> plans.requestAction(first.id(), first.version(), "Name the venue",
                "campaign:" + campaignId, rita));
        assertEquals(PlanStatus.ACTION_REQUIRED, asked.status());
        List<HistoryView> history = as(rita, () -> plans.history(first.id(), rita));
        assertEquals("campaign:" + campaignId, history.get(history.size() - 1).concerns());

        World other = fixtures.world(50_000);
        PlanView second = submittedPlan(other, 5_000);
        PlanView rejected = as(rita, () -> plans.reject(second.id(), second.version(), "Out of the program's scope", rita));
        assertEquals(PlanStatus.REJECTED, rejected.status());
        assertEquals(Map.of(PlanStatus.REJECTED, 1L), as(rita, () -> plans.countPlansByStatus(
                new PlanQuery(other.partnerId(), null, null, null, null, null, null, null), rita)));
    }

    @Test
    void aClaimIsApprovedAndPaidAndTheFundFollows() {
        World w = fixtures.world(50_000);
        PlanView plan = fixtures.approvedPlan(w, 10_000);
        ClaimView submitted = submittedClaim(w, plan, "INV-P-" + w.tag(), 3_000);
        ClaimView started = as(rita, () -> claims.startReview(submitted.id(), submitted.version(), rita));
        ClaimView approved = as(rita, () -> claims.approve(started.id(), started.version(), "fine", rita));
        assertEquals(ClaimStatus.APPROVED, approved.status());
        ClaimView paid = as(rita, () -> claims.markPaid(approved.id(), approved.version(), "PAY-" + w.tag(),
                LocalDate.now(), rita));
        assertEquals(ClaimStatus.PAID, paid.status());
        assertEquals("PAY-" + w.tag(), paid.paymentReference());
        assertEquals(0, new BigDecimal("3000").compareTo(as(rita, () -> allocations.get(w.allocationId(), rita)).paid()));
    }

    @Test
    void aClaimIsSentBackWithFeedbackPinnedToADocumentWithAnAnswerWindow() {
        World w = fixtures.world(50_000);
        PlanView plan = fixtures.approvedPlan(w, 10_000);
        ClaimView submitted = submittedClaim(w, plan, "INV-A-" + w.tag(), 2_000);
        ClaimView started = as(rita, () -> claims.startReview(submitted.id(), submitted.version(), rita));
        long documentId = started.documents().get(0).id();
        ClaimView asked = as(rita, () -> claims.requestAction(started.id(), started.version(), "Brand missing",
                "document:" + documentId, rita));
        assertEquals(ClaimStatus.ACTION_REQUIRED, asked.status());
        assertTrue(asked.answerDueOn() != null && asked.answerDueOn().isAfter(LocalDate.now()));
        List<HistoryView> history = as(w.partnerAdmin(), () -> claims.history(asked.id(), w.partnerAdmin()));
        assertEquals("document:" + documentId, history.get(history.size() - 1).concerns(),
                "the partner sees what the feedback concerns");
    }

    /**
     * Issue 14.5 in the container: partner and reviewer comment on a claim, each comment pinned to
     * an item; another partner is refused as if the claim did not exist; a too long comment is
     * refused with its rule and leaves nothing behind; the comments stand in the history in order.
     */
    @Test
    void partnerAndReviewerCommentOnAClaimAndNoOneElseCan() {
        World w = fixtures.world(50_000);
        World other = fixtures.world(10_000);
        PlanView plan = fixtures.approvedPlan(w, 10_000);
        ClaimView submitted = submittedClaim(w, plan, "INV-C-" + w.tag(), 2_000);
        String document = "document:" + submitted.documents().get(0).id();
        as(rita, () -> claims.comment(submitted.id(), document, "The logo is cut off", rita));
        as(w.partnerUser(), () -> claims.comment(submitted.id(), "costs", "The fee includes the agency", w.partnerUser()));
        assertEquals(Rule.NOT_FOUND, assertThrows(DomainRuleViolation.class, () -> as(other.partnerAdmin(),
                () -> claims.comment(submitted.id(), null, "peek", other.partnerAdmin()))).rule());
        assertEquals(Rule.TEXT_TOO_LONG, assertThrows(DomainRuleViolation.class, () -> as(rita,
                () -> claims.comment(submitted.id(), null, "x".repeat(FreeText.COMMENT_MAX_LENGTH + 1), rita))).rule());
        assertEquals(submitted.version(), as(rita, () -> claims.get(submitted.id(), rita)).version(),
                "a comment changes nothing of the claim");
        List<String> comments = as(w.partnerAdmin(), () -> claims.history(submitted.id(), w.partnerAdmin())).stream()
                .filter(h -> h.action().equals("COMMENTED")).map(h -> h.concerns() + " " + h.actorName()).toList();
        assertEquals(List.of(document + " " + rita.userName(), "costs " + w.partnerUser().userName()), comments);
    }

    @Test
    void aRejectionIsDisputedAndTheDisputeDecidedEachWay() {
        World w = fixtures.world(50_000);
        PlanView plan = fixtures.approvedPlan(w, 10_000);
        Actor pa = w.partnerAdmin();
        List<ClaimView> disputed = new ArrayList<>();
        for (String invoice : List.of("INV-D1-", "INV-D2-", "INV-D3-")) {
            ClaimView submitted = submittedClaim(w, plan, invoice + w.tag(), 1_000);
            ClaimView started = as(rita, () -> claims.startReview(submitted.id(), submitted.version(), rita));
            ClaimView rejected = as(rita, () -> claims.reject(started.id(), started.version(),
                    RejectionReason.MISSING_BRAND, "No logo", rita));
            assertEquals(RejectionReason.MISSING_BRAND, rejected.rejectionReason());
            disputed.add(as(pa, () -> claims.dispute(rejected.id(), "The logo is top left", pa)));
        }
        assertEquals(3L, (long) as(rita, () -> claims.countClaimsByStatus(ClaimQuery.ofPartner(w.partnerId()), rita)
                .get(ClaimStatus.DISPUTED)));
        ClaimView a = disputed.get(0);
        ClaimView b = disputed.get(1);
        ClaimView c = disputed.get(2);
        assertEquals(ClaimStatus.APPROVED, as(rita, () -> claims.approve(a.id(), a.version(), "Right", rita)).status());
        assertEquals(ClaimStatus.REJECTED, as(rita, () -> claims.reject(b.id(), b.version(), RejectionReason.OTHER,
                "Still not visible", rita)).status());
        assertEquals(ClaimStatus.ACTION_REQUIRED, as(rita, () -> claims.requestAction(c.id(), c.version(),
                "Send the full-size screenshot", "evidence:AD_SCREENSHOT", rita)).status());
    }

    @Test
    void aReviewerDecidingOnAStaleScreenIsRefusedAndNothingIsOverwritten() {
        World w = fixtures.world(50_000);
        PlanView plan = submittedPlan(w, 8_000);
        as(rita, () -> plans.approve(plan.id(), plan.version(), null, "first", rita));
        RuntimeException refused = assertThrows(RuntimeException.class,
                () -> as(ralf, () -> plans.reject(plan.id(), plan.version(), "second", ralf)));
        assertTrue(conflict(refused), refused.toString());
        PlanView now = as(rita, () -> plans.get(plan.id(), rita));
        assertEquals(PlanStatus.APPROVED, now.status());
        assertEquals("first", now.decisionComment());
    }

    /** Two reviewers press "approve" and "reject" on the same claim at the same moment. */
    @Test
    void twoReviewersDecidingAtOnceOneWinsTheOtherIsToldItChanged() throws Exception {
        World w = fixtures.world(50_000);
        PlanView plan = fixtures.approvedPlan(w, 10_000);
        ClaimView submitted = submittedClaim(w, plan, "INV-R-" + w.tag(), 2_000);
        ClaimView shown = as(rita, () -> claims.startReview(submitted.id(), submitted.version(), rita));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        outcomes.add(executor.submit(() -> {
            start.await();
            try {
                as(rita, () -> claims.approve(shown.id(), shown.version(), "ok", rita));
                return "approved";
            } catch (RuntimeException e) {
                return conflict(e) ? "conflict" : e.toString();
            }
        }));
        outcomes.add(executor.submit(() -> {
            start.await();
            try {
                as(ralf, () -> claims.reject(shown.id(), shown.version(), RejectionReason.OTHER, "no", ralf));
                return "rejected";
            } catch (RuntimeException e) {
                return conflict(e) ? "conflict" : e.toString();
            }
        }));
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get(60, TimeUnit.SECONDS));
        }
        assertEquals(1, results.stream().filter("conflict"::equals).count(), results.toString());
        ClaimView now = as(rita, () -> claims.get(shown.id(), rita));
        String winner = results.stream().filter(r -> !r.equals("conflict")).findFirst().orElseThrow();
        assertEquals(winner.equals("approved") ? ClaimStatus.APPROVED : ClaimStatus.REJECTED, now.status());
        assertEquals(Set.of(winner.equals("approved") ? "APPROVED" : "REJECTED"),
                Set.of(as(rita, () -> claims.history(shown.id(), rita)).stream().map(HistoryView::action)
                        .filter(a -> a.equals("APPROVED") || a.equals("REJECTED")).toArray()),
                "only the winner's decision is in the history");
    }
}
