package works.incentives.domain.claim;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import works.incentives.domain.Fixtures;
import works.incentives.domain.evidence.EvidenceDocument;
import works.incentives.domain.plan.Plan;
import works.incentives.domain.program.ActivityCatalog;
import works.incentives.domain.program.FundingPeriod;
import works.incentives.domain.shared.DateRange;
import works.incentives.domain.shared.DomainRuleViolation;
import works.incentives.domain.shared.FreeText;
import works.incentives.domain.shared.Money;
import works.incentives.domain.shared.Problem;
import works.incentives.domain.shared.Rule;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static works.incentives.domain.Fixtures.at;
import static works.incentives.domain.Fixtures.document;
import static works.incentives.domain.Fixtures.firstActivity;
import static works.incentives.domain.Fixtures.usd;

class ClaimTest {

    private Fixtures f = new Fixtures();
    private Plan plan = f.approvedPlan();
    private final Clock march = at("2027-03-05");

    private ClaimContext ctx() {
        return f.claimContext(plan);
    }

    private List<Rule> problems(Claim claim) {
        return problems(claim, ctx());
    }

    private static List<Rule> problems(Claim claim, ClaimContext ctx) {
        return claim.check(ctx).stream().map(Problem::rule).toList();
    }

    private static Rule refused(Runnable action) {
        return assertThrows(DomainRuleViolation.class, action::run).rule();
    }

    private Claim complete() {
        return f.completeClaim(plan);
    }

    private void details(Claim claim, LocalDate date, Money amount) {
        claim.updateDetails(claim.getName(), date, amount, 1000L, null, null, false);
    }

    @Test
    void commentsCanBePinnedToTheClaimItsCostsItsDocumentsAndItsEvidenceRequirementsOnly() {
        Claim claim = complete();
        List<String> required = List.of("BOOTH_PHOTO");
        assertTrue(claim.hasTarget("claim", required));
        assertTrue(claim.hasTarget(Claim.COSTS_TARGET, required));
        assertTrue(claim.hasTarget("evidence:BOOTH_PHOTO", required), "a requirement of its type");
        assertTrue(claim.hasTarget("evidence:" + EvidenceDocument.INVOICE, List.of()), "the invoice is always asked");
        String answered = claim.getDocuments().get(0).getRequirementCode();
        assertTrue(claim.hasTarget("evidence:" + answered, List.of()), "a requirement one of its documents answers");
        assertFalse(claim.hasTarget("evidence:NOT_ASKED", required));
        assertFalse(claim.hasTarget("document:999", required), "another claim's document");
        assertFalse(claim.hasTarget("campaign:1", required), "a plan's item");
        assertFalse(claim.hasTarget("", required));
    }

    @Test
    void aCommentIsRequiredAndRefusedAboveTheLimitWithTheRule() {
        assertEquals(Rule.VALUE_REQUIRED, refused(() -> FreeText.requiredComment("  ")));
        assertEquals(Rule.VALUE_REQUIRED, refused(() -> FreeText.requiredComment(null)));
        assertEquals(Rule.TEXT_TOO_LONG, refused(() -> FreeText.requiredComment("x".repeat(FreeText.COMMENT_MAX_LENGTH + 1))));
        assertEquals("x".repeat(FreeText.COMMENT_MAX_LENGTH),
                FreeText.requiredComment(" " + "x".repeat(FreeText.COMMENT_MAX_LENGTH) + " "), "stripped before counting");
    }

    @Test
    void aCompleteClaimHasNoProblems() {
        assertEquals(List.of(), problems(complete()));
    }

    @Test
    void claimCannotBeSubmittedWithoutInvoiceOrSelfCertification() {
        Claim claim = new Claim(plan, firstActivity(plan), "no papers", f.period.claimDeadline());
        assertTrue(problems(claim).contains(Rule.CLAIM_INVOICE_OR_SELF_CERTIFICATION_MISSING));
        DomainRuleViolation e = assertThrows(DomainRuleViolation.class, () -> claim.submit(march, ctx()));
        assertEquals(Rule.CLAIM_INCOMPLETE, e.rule());
        assertTrue(e.problems().stream().anyMatch(p -> p.rule() == Rule.CLAIM_INVOICE_OR_SELF_CERTIFICATION_MISSING));
        assertEquals(ClaimStatus.DRAFT, claim.getStatus());
    }

    @Test
    void aCompleteSelfCertificationReplacesTheInvoice() {
        Claim claim = complete();
        claim.selfCertify(new SelfCertification("Designed in house by our marketing team", "paula",
                LocalDate.of(2027, 3, 1)));
        assertTrue(claim.getInvoice().isEmpty());
        assertEquals(List.of(), problems(claim));
        claim.selfCertify(new SelfCertification(" ", "paula", null));
        assertEquals(List.of(Rule.CLAIM_SELF_CERTIFICATION_INCOMPLETE), problems(claim));
    }

    @Test
    void executionDateMustFallInsideTheCampaignsDates() {
        Claim claim = complete();
        details(claim, LocalDate.of(2027, 4, 1), usd(4_000));
        List<Problem> found = claim.check(ctx());
        assertEquals(List.of(Rule.CLAIM_EXECUTION_DATE_OUTSIDE_CAMPAIGN), found.stream().map(Problem::rule).toList());
        assertEquals("claim.executionDate", found.get(0).concerns());
        details(claim, LocalDate.of(2027, 3, 31), usd(4_000));
        assertEquals(List.of(), problems(claim));
        details(claim, null, usd(4_000));
        assertEquals(List.of(Rule.CLAIM_EXECUTION_DATE_MISSING), problems(claim));
    }

    @Test
    void amountMustBeMoreThanZero() {
        Claim claim = complete();
        details(claim, LocalDate.of(2027, 2, 15), usd(0));
        assertEquals(List.of(Rule.CLAIM_AMOUNT_NOT_POSITIVE), problems(claim));
        details(claim, LocalDate.of(2027, 2, 15), null);
        assertEquals(List.of(Rule.CLAIM_AMOUNT_NOT_POSITIVE), problems(claim));
    }

    @Test
    void amountMayNotExceedTheActivitysApprovedAmount() {
        Claim claim = complete();
        claim.attachInvoice(new Invoice("INV-9", "Agency", LocalDate.of(2027, 2, 28), usd(20_000)));
        details(claim, LocalDate.of(2027, 2, 15), Money.of("10000.01", "USD"));
        assertEquals(List.of(Rule.CLAIM_OVER_ACTIVITY_AMOUNT, Rule.CLAIM_OVER_PLAN_LIMIT), problems(claim));
    }

    /** A context like {@link #ctx()} with other claims on the activity and of the type, another type, fund and plan limit. */
    private ClaimContext ctx(Money onActivityBefore, works.incentives.domain.program.ActivityType type,
                             Money typeBefore, Money fundRemaining, Money planLimitLeft) {
        ClaimContext c = ctx();
        return new ClaimContext(c.campaignDates(), c.activityAmount(), type, typeBefore, c.earned(), fundRemaining,
                planLimitLeft, false, Set.of(), c.claimDeadline(), onActivityBefore);
    }

    private List<Rule> amountProblems(Claim claim, ClaimContext c, Money amount) {
        claim.updateDetails(claim.getName(), LocalDate.of(2027, 2, 15), amount, 1000L, null, null, false);
        return claim.check(c).stream().filter(p -> "claim.amount".equals(p.concerns())).map(Problem::rule).toList();
    }

    @Test
    void claimsOnOneActivityTogetherMayNotExceedItsApprovedAmount() {
        Claim claim = complete();
        ClaimContext sevenThousandTaken = ctx(usd(7_000), f.type("DIGITAL_ADVERTISING"), usd(7_000),
                usd(50_000), null);
        List<Problem> found = claim.check(sevenThousandTaken);
        assertEquals(List.of(Rule.CLAIM_OVER_ACTIVITY_REMAINING), found.stream().map(Problem::rule).toList());
        assertEquals(List.of(usd(4_000), usd(3_000), usd(10_000)), found.get(0).args(),
                "the amount, what is left of the activity, its approved amount");
        assertEquals(List.of(), amountProblems(claim, sevenThousandTaken, usd(3_000)));
    }

    @Test
    void aCompleteClaimOnAnActivityOtherClaimsHaveTakenIsRefusedSayingSo() {
        ClaimContext taken = ctx(usd(8_000), f.type("DIGITAL_ADVERTISING"), usd(8_000), usd(50_000), null);
        DomainRuleViolation e = assertThrows(DomainRuleViolation.class, () -> complete().submit(march, taken));
        assertEquals(Rule.CLAIM_OVER_ACTIVITY_REMAINING, e.rule());
        assertEquals(List.of(usd(4_000), usd(2_000), usd(10_000)), e.args());
    }

    @Test
    void theMaximumIsTheLeastOfWhatTheActivityTheTypesCapsThePlanLimitAndTheFundLeaveAndTheCheckAgrees() {
        Claim claim = complete();
        claim.attachInvoice(new Invoice("INV-9", "Agency", LocalDate.of(2027, 2, 28), usd(100_000)));
        var ads = f.type("DIGITAL_ADVERTISING");
        var perClaim = new works.incentives.domain.program.ActivityType(f.program, "CAPPED",
                works.incentives.domain.program.ActivityCategory.DEMAND_GENERATION).capPerClaim(usd(2_000));
        Map<String, ClaimContext> cases = new LinkedHashMap<>();
        cases.put("activity", ctx(usd(7_000), ads, usd(7_000), usd(50_000), null));
        cases.put("period cap", ctx(usd(0), f.type("SYNDICATED_CONTENT"), usd(16_000), usd(50_000), null));
        cases.put("earned share", ctx(usd(0), f.type("CUSTOMER_OFFERS"), usd(11_000), usd(50_000), null));
        cases.put("per claim", ctx(usd(0), perClaim, usd(0), usd(50_000), null));
        cases.put("plan limit", ctx(usd(0), ads, usd(0), usd(50_000), usd(2_500)));
        cases.put("fund", ctx(usd(0), ads, usd(0), usd(1_500), null));
        Map<String, Money> expected = Map.of("activity", usd(3_000), "period cap", usd(2_750),
                "earned share", usd(1_500), "per claim", usd(2_000), "plan limit", usd(2_500), "fund", usd(1_500));
        cases.forEach((limit, c) -> {
            Money most = c.maximum();
            assertEquals(expected.get(limit), most, limit);
            assertEquals(List.of(), amountProblems(claim, c, most), limit + ": the maximum itself passes");
            assertFalse(amountProblems(claim, c, most.plus(Money.of("0.01", "USD"))).isEmpty(),
                    limit + ": a cent more is refused");
        });
    }

    @Test
    void theMaximumIsNeverBelowZero() {
        assertEquals(usd(0), ctx(usd(12_000), f.type("DIGITAL_ADVERTISING"), usd(0), usd(50_000), null).maximum());
    }

    @Test
    void claimsAskingOrHoldingMoneyAndDisputedOnesCountAgainstTheLimitsButNotDraftsOrDeadOnes() {
        assertEquals(java.util.EnumSet.of(ClaimStatus.SUBMITTED, ClaimStatus.UNDER_REVIEW, ClaimStatus.ACTION_REQUIRED,
                        ClaimStatus.APPROVED, ClaimStatus.PAID, ClaimStatus.DISPUTED),
                java.util.EnumSet.copyOf(java.util.Arrays.stream(ClaimStatus.values())
                        .filter(ClaimStatus::countsAgainstLimits).toList()));
    }

    @Test
    void amountMayNotExceedThePlansRemainingApprovedLimit() {
        Claim claim = complete();
        ClaimContext c = ctx();
        ClaimContext tight = new ClaimContext(c.campaignDates(), c.activityAmount(), c.activityType(),
                c.claimedForTypeBefore(), c.earned(), c.fundRemaining(), usd(3_999), false, Set.of(), c.claimDeadline());
        assertEquals(List.of(Rule.CLAIM_OVER_PLAN_LIMIT), problems(claim, tight));
    }

    @Test
    void amountMayNotExceedTheFundsRemainingMoney() {
        f.allocation.claim(usd(46_500));
        assertEquals(List.of(Rule.CLAIM_OVER_REMAINING_FUNDS), problems(complete()));
    }

    @Test
    void aCompleteClaimFacingAnEmptiedFundIsRefusedAsFundsInsufficient() {
        f.allocation.claim(usd(46_500));
        DomainRuleViolation e = assertThrows(DomainRuleViolation.class, () -> complete().submit(march, ctx()));
        assertEquals(Rule.FUNDS_INSUFFICIENT, e.rule());
        assertEquals(List.of(usd(4_000), usd(3_500)), e.args());
    }

    @Test
    void amountMayNotExceedTheInvoice() {
        Claim claim = complete();
        details(claim, LocalDate.of(2027, 2, 15), usd(4_501));
        assertEquals(List.of(Rule.CLAIM_OVER_INVOICE), problems(claim));
    }

    @Test
    void theTypesCapsApplyToTheClaim() {
        Claim claim = complete();
        ClaimContext c = ctx();
        ClaimContext syndicated = new ClaimContext(c.campaignDates(), c.activityAmount(), f.type("SYNDICATED_CONTENT"),
                usd(15_000), c.earned(), c.fundRemaining(), null, false, Set.of(), c.claimDeadline());
        claim.reportMetrics(Map.of(ActivityCatalog.RESULTS_SUMMARY, "3,000 reads"));
        List<Rule> found = problems(claim, syndicated);
        assertTrue(found.contains(Rule.CLAIM_OVER_PERIOD_CAP), found.toString());
    }

    /** Per-claim, earned-share and head-count caps reach the wizard's list through the claim's own check, on the amount. */
    @Test
    void theCheckReportsPerClaimEarnedShareAndHeadCountCapsOnTheAmount() {
        Claim claim = complete();
        ClaimContext c = ctx();
        ClaimContext capped = withType(c, new works.incentives.domain.program.ActivityType(f.program, "CAPPED",
                works.incentives.domain.program.ActivityCategory.DEMAND_GENERATION).capPerClaim(usd(2_000)), usd(0));
        List<Problem> found = claim.check(capped);
        assertTrue(found.stream().anyMatch(p -> p.rule() == Rule.CLAIM_OVER_PER_CLAIM_CAP
                && "claim.amount".equals(p.concerns())), found.toString());

        ClaimContext share = withType(c, f.type("CUSTOMER_OFFERS"), usd(10_000));
        assertTrue(problems(claim, share).contains(Rule.CLAIM_OVER_EARNED_SHARE_CAP), problems(claim, share).toString());

        claim.updateDetails("conference", LocalDate.of(2027, 2, 15), usd(4_000), null, null, 4, false);
        ClaimContext conference = withType(c, f.type("VENDOR_HOSTED_CONFERENCE"), usd(0));
        assertTrue(problems(claim, conference).contains(Rule.CLAIM_TOO_MANY_PERSONS), problems(claim, conference).toString());
    }

    private static ClaimContext withType(ClaimContext c, works.incentives.domain.program.ActivityType type, Money before) {
        return new ClaimContext(c.campaignDates(), c.activityAmount(), type, before, c.earned(), c.fundRemaining(),
                null, false, Set.of(), c.claimDeadline());
    }

    @Test
    void conferenceClaimsMustSayHowManyPeopleAndStayUnderThePerPersonCap() {
        Claim claim = complete();
        ClaimContext c = ctx();
        ClaimContext conference = new ClaimContext(c.campaignDates(), c.activityAmount(),
                f.type("VENDOR_HOSTED_CONFERENCE"), usd(0), c.earned(), c.fundRemaining(), null, false, Set.of(),
                c.claimDeadline());
        assertTrue(problems(claim, conference).contains(Rule.CLAIM_PERSONS_MISSING));
        claim.updateDetails("conf", LocalDate.of(2027, 2, 15), usd(4_000), null, null, 1, false);
        assertFalse(problems(claim, conference).contains(Rule.CLAIM_OVER_PER_PERSON_CAP));
    }

    @Test
    void seminarClaimsWithAlcoholAreRefused() {
        Claim claim = complete();
        ClaimContext c = ctx();
        ClaimContext seminar = new ClaimContext(c.campaignDates(), c.activityAmount(), f.type("SEMINARS_BOOTCAMPS"),
                usd(0), c.earned(), c.fundRemaining(), null, false, Set.of(), c.claimDeadline());
        claim.updateDetails("seminar", LocalDate.of(2027, 2, 15), usd(4_000), null, null, null, true);
        assertTrue(problems(claim, seminar).contains(Rule.CLAIM_ALCOHOL_NOT_ELIGIBLE));
    }

    @Test
    void anInvoiceNumberUsedInAnotherClaimOfThePartnerIsRefused() {
        Claim claim = complete();
        assertEquals(List.of(Rule.CLAIM_INVOICE_NUMBER_REUSED),
                problems(claim, f.claimContext(plan, f.type("DIGITAL_ADVERTISING"), Set.of("inv 001"))));
    }

    @Test
    void theInvoiceMustBeCompleteAndInTheClaimsCurrency() {
        Claim claim = complete();
        claim.attachInvoice(new Invoice("INV-2", " ", LocalDate.of(2027, 2, 28), usd(5_000)));
        assertEquals(List.of(Rule.CLAIM_INVOICE_INCOMPLETE), problems(claim));
        claim.attachInvoice(new Invoice("INV-2", "Agency", LocalDate.of(2027, 2, 28), Money.of("5000", "EUR")));
        assertEquals(List.of(Rule.CLAIM_CURRENCY_MISMATCH), problems(claim));
    }

    @Test
    void theAmountClaimedMustBeInTheClaimsCurrency() {
        assertEquals(Rule.CLAIM_CURRENCY_MISMATCH, refused(() -> complete().updateDetails("x",
                LocalDate.of(2027, 2, 15), Money.of("10", "TWD"), null, null, null, false)));
    }

    @Test
    void everyMissingEvidenceRequirementIsListed() {
        Claim claim = new Claim(plan, firstActivity(plan), "ads", f.period.claimDeadline());
        List<Problem> found = claim.check(ctx());
        assertEquals(List.of("evidence:AD_SCREENSHOT", "evidence:LANDING_PAGE_URL"), found.stream()
                .filter(p -> p.rule() == Rule.CLAIM_EVIDENCE_MISSING).map(Problem::concerns).toList());
    }

    @Test
    void anExtraDocumentNeedsAnExplanatoryNote() {
        Claim claim = complete();
        claim.addDocument(document(EvidenceDocument.EXTRA, null));
        assertEquals(List.of(Rule.CLAIM_EXTRA_DOCUMENT_NOTE_MISSING), problems(claim));
        Claim noted = complete();
        noted.addDocument(document(EvidenceDocument.EXTRA, "Media plan showing the placements"));
        assertEquals(List.of(), problems(noted));
    }

    @Test
    void aDocumentForARequirementTheTypeDoesNotHaveIsAProblem() {
        Claim claim = complete();
        claim.addDocument(document("BOOTH_PHOTO", null));
        assertEquals(List.of(Rule.CLAIM_EVIDENCE_REQUIREMENT_UNKNOWN), problems(claim));
    }

    @Test
    void theTypesMetricsMustBeReported() {
        Claim claim = complete();
        claim.reportMetrics(Map.of(ActivityCatalog.CLICK_THROUGH_SUMMARY, " "));
        List<Problem> found = claim.check(ctx());
        assertEquals(List.of(Rule.CLAIM_METRIC_MISSING), found.stream().map(Problem::rule).toList());
        assertEquals("metric:CLICK_THROUGH_SUMMARY", found.get(0).concerns());
    }

    @Test
    void claimsNeedAnApprovedPlanWhenTheProgramSaysSo() {
        ClaimContext c = ctx();
        ClaimContext unapproved = new ClaimContext(c.campaignDates(), c.activityAmount(), c.activityType(),
                c.claimedForTypeBefore(), c.earned(), c.fundRemaining(), null, true, Set.of(), c.claimDeadline());
        assertEquals(List.of(Rule.CLAIM_PLAN_NOT_APPROVED), problems(complete(), unapproved));
    }

    @Test
    void checkReportsEveryProblemAtOnce() {
        Claim claim = new Claim(plan, firstActivity(plan), " ", f.period.claimDeadline());
        claim.addDocument(document(EvidenceDocument.EXTRA, null));
        assertEquals(List.of(Rule.CLAIM_NAME_MISSING, Rule.CLAIM_EXECUTION_DATE_MISSING, Rule.CLAIM_AMOUNT_NOT_POSITIVE,
                Rule.CLAIM_INVOICE_OR_SELF_CERTIFICATION_MISSING, Rule.CLAIM_EVIDENCE_MISSING,
                Rule.CLAIM_EVIDENCE_MISSING, Rule.CLAIM_EXTRA_DOCUMENT_NOTE_MISSING, Rule.CLAIM_METRIC_MISSING),
                problems(claim));
    }

    @Test
    void submissionIsRefusedAfterTheClaimDeadline() {
        Claim claim = complete();
        claim.submit(at("2027-08-14"), ctx());
        assertEquals(ClaimStatus.SUBMITTED, claim.getStatus());
        assertEquals(Rule.CLAIM_OUTSIDE_CLAIM_WINDOW, refused(() -> complete().submit(at("2027-08-15"), ctx())));
    }

    @Test
    void documentsAreImmutableAfterSubmission() {
        Claim claim = complete();
        claim.submit(march, ctx());
        EvidenceDocument screenshot = claim.getDocuments().get(0);
        assertTrue(screenshot.isLocked());
        assertEquals(Rule.NOT_EDITABLE, refused(() -> claim.removeDocument(screenshot)));
        assertEquals(Rule.NOT_EDITABLE, refused(() -> claim.addDocument(document("AD_SCREENSHOT", null))));
        assertEquals(Rule.NOT_EDITABLE, refused(() -> claim.writeFinalComments("changed")));
        claim.startReview("rita");
        claim.requestAction("Add the media plan", 10, march);
        assertEquals(Rule.CLAIM_DOCUMENTS_LOCKED, refused(() -> claim.removeDocument(screenshot)));
        EvidenceDocument added = document(EvidenceDocument.EXTRA, "media plan");
        claim.addDocument(added);
        claim.removeDocument(added);
        assertEquals(3, claim.getDocuments().size());
    }

    @Test
    void actionRequiredMustBeAnsweredWithinTenBusinessDays() {
        Claim claim = complete();
        claim.submit(march, ctx());
        claim.startReview("rita");
        claim.requestAction("Landing page screenshot is unreadable", 10, at("2027-03-05"));
        assertEquals(LocalDate.of(2027, 3, 19), claim.getAnswerDueOn());
        assertEquals(Rule.CLAIM_ANSWER_OVERDUE, refused(() -> claim.answer(at("2027-03-20"), ctx(), "here")));
        claim.answer(at("2027-03-19"), ctx(), "New screenshot attached");
        assertEquals(ClaimStatus.SUBMITTED, claim.getStatus());
    }

    @Test
    void thePartnersAnswerIsKeptBesideTheFinalCommentsNotOverThem() {
        Claim claim = complete();
        claim.writeFinalComments("Ran on LinkedIn as planned");
        claim.submit(march, ctx());
        claim.startReview("rita");
        claim.requestAction("Landing page screenshot is unreadable", 10, march);
        claim.answer(at("2027-03-08"), ctx(), "  New screenshot attached  ");
        assertEquals("Ran on LinkedIn as planned", claim.getFinalComments());
        assertEquals("New screenshot attached", claim.getPartnerAnswer());
    }

    @Test
    void everyFreeTextIsRefusedAboveItsLimitBeforeAnythingChanges() {
        String limit = "x".repeat(FreeText.COMMENT_MAX_LENGTH);
        String over = limit + "y";
        Claim draft = complete();
        DomainRuleViolation tooLong = assertThrows(DomainRuleViolation.class, () -> draft.writeFinalComments(over));
        assertEquals(Rule.TEXT_TOO_LONG, tooLong.rule());
        assertEquals(List.of(FreeText.COMMENT_MAX_LENGTH + 1, FreeText.COMMENT_MAX_LENGTH), tooLong.args());
        draft.writeFinalComments(limit);
        assertEquals(limit, draft.getFinalComments());

        Claim reviewed = inState(ClaimStatus.UNDER_REVIEW);
        assertEquals(Rule.TEXT_TOO_LONG, refused(() -> reviewed.approve(over, march)));
        assertEquals(Rule.TEXT_TOO_LONG, refused(() -> reviewed.reject(RejectionReason.OTHER, over, march)));
        assertEquals(Rule.TEXT_TOO_LONG, refused(() -> reviewed.requestAction(over, 10, march)));
        assertEquals(ClaimStatus.UNDER_REVIEW, reviewed.getStatus());
        assertEquals(null, reviewed.getReviewComment());
        reviewed.approve(limit, march);
        assertEquals(ClaimStatus.APPROVED, reviewed.getStatus());
        assertEquals(Rule.TEXT_TOO_LONG, refused(() -> reviewed.markPaid("P".repeat(101), LocalDate.of(2027, 4, 1))));

        Claim asked = inState(ClaimStatus.ACTION_REQUIRED);
        assertEquals(Rule.TEXT_TOO_LONG, refused(() -> asked.answer(march, ctx(), over)));
        assertEquals(ClaimStatus.ACTION_REQUIRED, asked.getStatus());

        Claim rejected = inState(ClaimStatus.REJECTED);
        assertEquals(Rule.TEXT_TOO_LONG, refused(() -> rejected.dispute(over, 30, march)));
        assertEquals(ClaimStatus.REJECTED, rejected.getStatus());

        assertEquals(Rule.TEXT_TOO_LONG, refused(() -> new works.incentives.domain.evidence.EvidenceDocument("a.png",
                "image/png", 1, "0", "EXTRA", "n".repeat(FreeText.NOTE_MAX_LENGTH + 1), march.instant(), "ulla")));
    }

    @Test
    void anUnansweredActionRequestIsRejectedAfterTheWindow() {
        Claim claim = complete();
        claim.submit(march, ctx());
        claim.startReview("rita");
        claim.requestAction("Missing brand", 10, at("2027-03-05"));
        assertFalse(claim.rejectIfUnanswered(at("2027-03-19")));
        assertTrue(claim.rejectIfUnanswered(at("2027-03-20")));
        assertEquals(ClaimStatus.REJECTED, claim.getStatus());
        assertEquals(RejectionReason.ANSWER_OVERDUE, claim.getRejectionReason());
    }

    @Test
    void aRejectionCanBeDisputedWithinThirtyDays() {
        Claim claim = inState(ClaimStatus.REJECTED);
        assertEquals(Rule.CLAIM_DISPUTE_WINDOW_CLOSED, refused(() -> claim.dispute("It was branded", 30,
                at("2027-04-05"))));
        claim.dispute("It was branded", 30, at("2027-04-04"));
        assertEquals(ClaimStatus.DISPUTED, claim.getStatus());
    }

    @Test
    void rejectionNeedsAReasonAndAComment() {
        Claim claim = inState(ClaimStatus.UNDER_REVIEW);
        assertEquals(Rule.CLAIM_REASON_REQUIRED, refused(() -> claim.reject(RejectionReason.OTHER, " ", march)));
        assertEquals(Rule.CLAIM_REASON_REQUIRED, refused(() -> claim.reject(null, "why", march)));
    }

    @Test
    void aDraftExpiresOnlyAfterTheClaimDeadline() {
        Claim claim = complete();
        assertFalse(claim.expireIfPastDeadline(at("2027-08-14")));
        assertTrue(claim.expireIfPastDeadline(at("2027-08-15")));
        assertEquals(ClaimStatus.EXPIRED, claim.getStatus());
        Claim submitted = inState(ClaimStatus.SUBMITTED);
        assertFalse(submitted.expireIfPastDeadline(at("2027-12-31")));
        assertEquals(ClaimStatus.SUBMITTED, submitted.getStatus());
    }

    @Test
    void paymentNeedsAReferenceAndADate() {
        Claim claim = inState(ClaimStatus.APPROVED);
        assertEquals(Rule.CLAIM_PAYMENT_REFERENCE_MISSING, refused(() -> claim.markPaid(" ", LocalDate.of(2027, 4, 1))));
        claim.markPaid("PAY-77", LocalDate.of(2027, 4, 1));
        assertEquals(ClaimStatus.PAID, claim.getStatus());
    }

    // ---- the fund follows the claim ----

    @Test
    void submissionTakesTheAmountFromTheFundAndWithdrawalGivesItBack() {
        Claim claim = complete();
        claim.submit(march, ctx());
        claim.reconcileFunds(f.allocation);
        assertEquals(usd(46_000), f.allocation.getRemaining());
        claim.withdraw();
        claim.reconcileFunds(f.allocation);
        assertEquals(usd(50_000), f.allocation.getRemaining());
        assertEquals(usd(0), claim.getHeldAmount());
    }

    @Test
    void twoClaimsRacingForTheLastMoneyOneWinsTheOtherIsRefused() {
        f.allocation.claim(usd(43_000));
        Claim first = complete();
        Claim second = complete();
        first.submit(march, ctx());
        second.submit(march, ctx());
        first.reconcileFunds(f.allocation);
        assertEquals(Rule.FUNDS_INSUFFICIENT, refused(() -> second.reconcileFunds(f.allocation)));
        assertEquals(usd(3_000), f.allocation.getRemaining());
        assertEquals(usd(0), second.getHeldAmount());
    }

    @Test
    void rejectionReleasesTheMoneyAndPaymentIsRecorded() {
        Claim rejected = inState(ClaimStatus.REJECTED);
        assertEquals(usd(50_000), f.allocation.getRemaining());
        Claim paid = inState(ClaimStatus.APPROVED);
        paid.markPaid("PAY-1", LocalDate.of(2027, 4, 2));
        paid.recordPayment(f.allocation);
        assertEquals(usd(4_000), f.allocation.getPaid());
        assertEquals(ClaimStatus.REJECTED, rejected.getStatus());
    }

    // ---- the state machine: every action from every state ----

    private Claim inState(ClaimStatus status) {
        Claim claim = complete();
        Clock c = march;
        switch (status) {
            case DRAFT -> { }
            case SUBMITTED -> claim.submit(c, ctx());
            case UNDER_REVIEW -> { claim.submit(c, ctx()); claim.startReview("rita"); }
            case ACTION_REQUIRED -> { claim.submit(c, ctx()); claim.startReview("rita"); claim.requestAction("x", 10, c); }
            case APPROVED -> { claim.submit(c, ctx()); claim.startReview("rita"); claim.approve("ok", c); }
            case PAID -> { claim.submit(c, ctx()); claim.startReview("rita"); claim.approve("ok", c);
                claim.markPaid("P", LocalDate.of(2027, 3, 6)); }
            case REJECTED -> { claim.submit(c, ctx()); claim.startReview("rita");
                claim.reject(RejectionReason.MISSING_BRAND, "no brand", c); }
            case DISPUTED -> { claim.submit(c, ctx()); claim.startReview("rita");
                claim.reject(RejectionReason.MISSING_BRAND, "no brand", c); claim.dispute("it is there", 30, c); }
            case EXPIRED -> claim.expireIfPastDeadline(at("2027-09-01"));
            case WITHDRAWN -> claim.withdraw();
        }
        claim.reconcileFunds(f.allocation);
        assertEquals(status, claim.getStatus());
        return claim;
    }

    private Map<String, Consumer<Claim>> actions() {
        Map<String, Consumer<Claim>> actions = new LinkedHashMap<>();
        actions.put("submit", cl -> cl.submit(march, ctx()));
        actions.put("answer", cl -> cl.answer(march, ctx(), "done"));
        actions.put("withdraw", Claim::withdraw);
        actions.put("startReview", cl -> cl.startReview("rita"));
        actions.put("approve", cl -> cl.approve("ok", march));
        actions.put("reject", cl -> cl.reject(RejectionReason.OTHER, "no", march));
        actions.put("requestAction", cl -> cl.requestAction("fix", 10, march));
        actions.put("dispute", cl -> cl.dispute("why", 30, march));
        actions.put("markPaid", cl -> cl.markPaid("P", LocalDate.of(2027, 3, 6)));
        return actions;
    }

    private static Set<String> legal(ClaimStatus status) {
        return switch (status) {
            case DRAFT -> Set.of("submit", "withdraw");
            case SUBMITTED -> Set.of("startReview", "withdraw");
            case UNDER_REVIEW -> Set.of("approve", "reject", "requestAction");
            case ACTION_REQUIRED -> Set.of("answer");
            case APPROVED -> Set.of("markPaid");
            case REJECTED -> Set.of("dispute");
            case DISPUTED -> Set.of("approve", "reject", "requestAction");
            case PAID, EXPIRED, WITHDRAWN -> Set.of();
        };
    }

    @ParameterizedTest
    @EnumSource(ClaimStatus.class)
    void onlyTheListedTransitionsExist(ClaimStatus from) {
        for (var action : actions().entrySet()) {
            f = new Fixtures();
            plan = f.approvedPlan();
            Claim claim = inState(from);
            if (legal(from).contains(action.getKey())) {
                action.getValue().accept(claim);
                assertTrue(from.canMoveTo(claim.getStatus()), from + " " + action.getKey());
            } else {
                DomainRuleViolation e = assertThrows(DomainRuleViolation.class, () -> action.getValue().accept(claim),
                        from + " " + action.getKey());
                assertEquals(Rule.ILLEGAL_TRANSITION, e.rule(), from + " " + action.getKey());
                assertEquals(from, claim.getStatus());
            }
        }
    }

    @Test
    void onlyDraftsExpireAndOnlyDraftsOrSubmittedClaimsCanBeWithdrawn() {
        for (ClaimStatus s : ClaimStatus.values()) {
            assertEquals(s == ClaimStatus.DRAFT, s.canMoveTo(ClaimStatus.EXPIRED), s.name());
            assertEquals(s == ClaimStatus.DRAFT || s == ClaimStatus.SUBMITTED, s.canMoveTo(ClaimStatus.WITHDRAWN), s.name());
        }
    }

    // ---- claim window, execution date, invoice file (issue 10) ----

    private FundingPeriod publishedWindow() {
        return new FundingPeriod(f.program, "H1 FY27", DateRange.of(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31)),
                DateRange.of(Fixtures.USAGE_START, Fixtures.USAGE_END),
                DateRange.of(LocalDate.of(2027, 2, 15), LocalDate.of(2027, 8, 14)));
    }

    @Test
    void draftsAreStartedOnlyInsideTheClaimWindow() {
        FundingPeriod period = publishedWindow();
        DomainRuleViolation early = assertThrows(DomainRuleViolation.class,
                () -> Claim.draft(plan, firstActivity(plan), "too early", period, LocalDate.of(2027, 2, 14)));
        assertEquals(Rule.CLAIM_OUTSIDE_CLAIM_WINDOW, early.rule());
        assertEquals(List.of(LocalDate.of(2027, 2, 15), LocalDate.of(2027, 8, 14)), early.args());
        assertEquals(Rule.CLAIM_OUTSIDE_CLAIM_WINDOW, refused(
                () -> Claim.draft(plan, firstActivity(plan), "too late", period, LocalDate.of(2027, 8, 15))));
        Claim claim = Claim.draft(plan, firstActivity(plan), "in time", period, LocalDate.of(2027, 2, 15));
        assertEquals(period.getClaimWindow(), claim.getClaimWindow());
        assertEquals(LocalDate.of(2027, 8, 14), claim.getClaimDeadline());
    }

    @Test
    void claimsAreSubmittedOnlyInsideTheClaimWindowNamingBothDates() {
        Claim claim = Claim.draft(plan, firstActivity(plan), "LinkedIn ads February", publishedWindow(),
                LocalDate.of(2027, 2, 20));
        Claim complete = complete();
        complete.getDocuments().forEach(claim::addDocument);
        claim.updateDetails(complete.getName(), complete.getExecutionDate(), complete.getAmount().orElseThrow(),
                120_000L, null, null, false);
        claim.reportMetrics(complete.getMetrics());
        claim.attachInvoice(complete.getInvoice().orElseThrow());
        DomainRuleViolation late = assertThrows(DomainRuleViolation.class, () -> claim.submit(at("2027-08-15"), ctx()));
        assertEquals(Rule.CLAIM_OUTSIDE_CLAIM_WINDOW, late.rule());
        assertEquals(List.of(LocalDate.of(2027, 2, 15), LocalDate.of(2027, 8, 14)), late.args());
        assertEquals(ClaimStatus.DRAFT, claim.getStatus());
        claim.submit(at("2027-08-14"), ctx());
        assertEquals(ClaimStatus.SUBMITTED, claim.getStatus());
    }

    @Test
    void theDraftExpiresOnlyAfterItsClaimWindowCloses() {
        Claim claim = Claim.draft(plan, firstActivity(plan), "ads", publishedWindow(), LocalDate.of(2027, 3, 1));
        assertFalse(claim.expireIfPastDeadline(at("2027-08-14")));
        assertTrue(claim.expireIfPastDeadline(at("2027-08-15")));
    }

    @Test
    void anExecutionDateCannotLieInTheFuture() {
        Claim claim = complete();
        details(claim, LocalDate.of(2027, 3, 10), usd(4_000));
        DomainRuleViolation e = assertThrows(DomainRuleViolation.class, () -> claim.requireExecutedBy(LocalDate.of(2027, 3, 9)));
        assertEquals(Rule.CLAIM_EXECUTION_DATE_IN_FUTURE, e.rule());
        assertEquals(List.of(LocalDate.of(2027, 3, 10)), e.args());
        claim.requireExecutedBy(LocalDate.of(2027, 3, 10));
        assertEquals(Rule.CLAIM_EXECUTION_DATE_IN_FUTURE, refused(() -> claim.submit(at("2027-03-09"), ctx())));
        claim.submit(at("2027-03-10"), ctx());
        assertEquals(ClaimStatus.SUBMITTED, claim.getStatus());
    }

    @Test
    void anInvoicedClaimCannotBeSubmittedWithoutTheInvoiceDocument() {
        Claim claim = complete();
        EvidenceDocument invoiceFile = claim.getDocuments().stream().filter(EvidenceDocument::isInvoice).findFirst()
                .orElseThrow();
        claim.removeDocument(invoiceFile);
        List<Problem> found = claim.check(ctx());
        assertEquals(List.of(Rule.CLAIM_INVOICE_FILE_MISSING), found.stream().map(Problem::rule).toList());
        assertEquals("evidence:" + EvidenceDocument.INVOICE, found.get(0).concerns());
        DomainRuleViolation e = assertThrows(DomainRuleViolation.class, () -> claim.submit(march, ctx()));
        assertEquals(Rule.CLAIM_INCOMPLETE, e.rule());
        claim.addDocument(document(EvidenceDocument.INVOICE, null));
        claim.submit(march, ctx());
        assertEquals(ClaimStatus.SUBMITTED, claim.getStatus());
    }

    @Test
    void aSelfCertifiedClaimNeedsNoInvoiceDocument() {
        Claim claim = complete();
        claim.removeDocument(claim.getDocuments().stream().filter(EvidenceDocument::isInvoice).findFirst().orElseThrow());
        claim.selfCertify(new SelfCertification("Designed in house by our marketing team", "paula",
                LocalDate.of(2027, 3, 1)));
        assertEquals(List.of(), problems(claim));
    }
}
