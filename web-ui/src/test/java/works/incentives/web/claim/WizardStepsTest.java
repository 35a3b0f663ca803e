package works.incentives.web.claim;

import works.incentives.web.KaribuTest;
import org.junit.jupiter.api.Test;
import works.incentives.domain.claim.ClaimCommands.ClaimDetails;
import works.incentives.domain.claim.ClaimCommands.InvoiceData;
import works.incentives.domain.claim.ClaimCommands.SelfCertificationData;
import works.incentives.domain.claim.ClaimStatus;
import works.incentives.domain.evidence.EvidenceDocument;
import works.incentives.domain.shared.Problem;
import works.incentives.domain.shared.Rule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static works.incentives.web.claim.ClaimFixtures.*;

/** Each wizard step fed with DTOs, as the view feeds it; no services. */
class WizardStepsTest extends KaribuTest {

    @Test
    void theActivityStepOffersEachActivityWithWhatIsLeftAndTheDaysToClaim() {
        ActivityStep step = shown(new ActivityStep());
        step.offer(List.of(ads(11, "12000", "4500", 20), ads(12, "8000", "0", 5)));
        assertEquals(2, step.choice.getListDataView().getItemCount());
        String first = text(step.option(ads(11, "12000", "4500", 20)));
        assertTrue(first.contains("$7,500.00 left of $12,000.00 approved"), first);
        assertTrue(first.contains("20 days left"), first);
        assertTrue(step.option(ads(12, "8000", "0", 5)).getChildren()
                .anyMatch(c -> c.getClassNames().contains("warning")), "a close deadline is marked");
        assertFalse(step.commit(), "nothing chosen");
        assertTrue(step.choice.isInvalid());
        assertEquals("Choose the activity this proof is for.", step.choice.getErrorMessage());
        step.choice.setValue(ads(11, "12000", "4500", 20));
        assertTrue(step.commit());
    }

    /** Issue 15, item 7: two activities of the same type in campaigns of the same name are told apart. */
    @Test
    void theActivityPickerTellsActivitiesOfTheSameNameApartAndCanBeOpenedWithOneChosen() {
        ActivityStep step = shown(new ActivityStep());
        ClaimableActivity spring = ads(11, "12000", "4500", 20);
        ClaimableActivity autumn = new ClaimableActivity(6, "Secure cloud adoption", 1, 9, spring.campaignName(),
                CAMPAIGN_START.plusMonths(6), CAMPAIGN_END.plusMonths(6), 21, spring.activityTypeCode(), null, "USD",
                new BigDecimal("3000"), BigDecimal.ZERO, new BigDecimal("30000"), DEADLINE, 20, new BigDecimal("3000"));
        step.offer(List.of(spring, autumn));
        String first = text(step.option(spring));
        String second = text(step.option(autumn));
        assertTrue(first.contains("LinkedIn · campaign Feb 1, 2027 – Mar 31, 2027"), first);
        assertTrue(second.contains("campaign Aug 1, 2027 – Sep 30, 2027"), second);
        assertTrue(second.contains("$3,000.00 left of $3,000.00 approved"), second);

        step.choose("21");
        assertEquals(21, step.selected().activityId(), "claims/new?activity=21 opens with it chosen");
        step.choose("999");
        assertEquals(21, step.selected().activityId(), "an activity not offered changes nothing");
    }

    @Test
    void anExistingClaimShowsItsActivityFixed() {
        ActivityStep step = shown(new ActivityStep());
        step.showChosen(ads(11, "12000", "0", 20));
        assertTrue(step.choice.isReadOnly());
        assertEquals(11, step.selected().activityId());
        assertTrue(step.commit());
        step.offer(List.of());
        assertTrue(step.empty.isVisible(), "no claimable activity is said, not left blank");
    }

    @Test
    void theDetailsStepKeepsTheDateInTheCampaignAndAsksForTheTypesMetrics() {
        DetailsStep step = shown(new DetailsStep());
        step.show(draft(), ads(11, "12000", "4500", 20), DIGITAL_ADS, List.of());
        assertEquals(CAMPAIGN_START, step.executionDate.getMin());
        assertEquals(CAMPAIGN_END, step.executionDate.getMax());
        assertEquals(List.of("CLICK_THROUGH_SUMMARY"), new ArrayList<>(step.metrics.fields.keySet()));
        assertEquals("Click-through summary", step.metrics.fields.get("CLICK_THROUGH_SUMMARY").getLabel());
        assertFalse(step.persons.isVisible());
        assertFalse(step.includesAlcohol.isVisible());
        assertTrue(text(step.limits).contains("$7,500.00"), text(step.limits));

        step.executionDate.setValue(LocalDate.of(2027, 4, 2));
        assertFalse(step.commit(), "outside the campaign");
        assertTrue(step.executionDate.isInvalid());
        step.executionDate.setValue(LocalDate.of(2027, 3, 2));
        step.metrics.fields.get("CLICK_THROUGH_SUMMARY").setValue("  ");
        step.amount.setValue(new BigDecimal("3000"));
        assertTrue(step.commit());
        ClaimDetails command = step.bean().command();
        assertEquals(LocalDate.of(2027, 3, 2), command.executionDate());
        assertEquals(new BigDecimal("3000"), command.amount());
        assertEquals(Map.of(), command.metrics(), "a blank metric is left out so the check still asks for it");
    }

    /** The activity has USD 12,000 left, but the type's caps leave USD 2,750: the hint says the server's maximum. */
    @Test
    void theAmountHintShowsTheServersMaximumNotJustWhatTheActivityHasLeft() {
        DetailsStep step = shown(new DetailsStep());
        step.show(draft(), ads(11, "12000", "0", 20, "2750"), DIGITAL_ADS, List.of());
        assertEquals("At most $2,750.00 can be claimed now.", step.amount.getHelperText());
        step.show(draft(), ads(11, "12000", "12500", 20, "-500"), DIGITAL_ADS, List.of());
        assertEquals("At most $0.00 can be claimed now.", step.amount.getHelperText(), "never below zero");
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.TRADITIONAL_CHINESE);
        step.show(draft(), ads(11, "12000", "0", 20, "2750"), DIGITAL_ADS, List.of());
        assertTrue(step.amount.getHelperText().contains("2,750.00"), step.amount.getHelperText());
        assertFalse(step.amount.getHelperText().contains("At most"), step.amount.getHelperText());
    }

    @Test
    void anAmountOverWhatOtherClaimsLeaveOfTheActivityIsAnEntryErrorOnTheAmount() {
        DetailsStep step = shown(new DetailsStep());
        Problem over = Problem.of(Rule.CLAIM_OVER_ACTIVITY_REMAINING, "claim.amount", "USD 4,000.00", "USD 3,000.00",
                "USD 10,000.00");
        step.show(draft(), ads(11, "10000", "7000", 20), DIGITAL_ADS, List.of(over));
        assertTrue(step.amount.isInvalid());
        assertTrue(step.amount.getErrorMessage().contains("other claims hold the rest"), step.amount.getErrorMessage());
        assertTrue(ClaimStepSaves.isEntryError(over));
    }

    @Test
    void theDetailsStepShowsHeadCountAndAlcoholOnlyForTypesThatNeedThem() {
        DetailsStep step = shown(new DetailsStep());
        step.show(draft(), ads(11, "12000", "0", 20), CONFERENCE, List.of());
        assertTrue(step.persons.isVisible());
        assertTrue(text(step.limits).contains("$5,000.00 per person, at most 3 people"), text(step.limits));
        step.show(draft(), ads(11, "12000", "0", 20), SEMINARS, List.of());
        assertTrue(step.includesAlcohol.isVisible());
    }

    @Test
    void serverProblemsAreShownOnTheFieldTheyConcern() {
        DetailsStep step = shown(new DetailsStep());
        Problem over = Problem.of(Rule.CLAIM_OVER_ACTIVITY_AMOUNT, "claim.amount", "USD 13,000.00", "USD 12,000.00");
        step.show(draft(), ads(11, "12000", "0", 20), DIGITAL_ADS, List.of(over,
                Problem.of(Rule.CLAIM_METRIC_MISSING, "metric:CLICK_THROUGH_SUMMARY", "CLICK_THROUGH_SUMMARY")));
        assertTrue(step.amount.isInvalid());
        assertTrue(step.amount.getErrorMessage().contains("approved amount"), step.amount.getErrorMessage());
        assertTrue(step.metrics.fields.get("CLICK_THROUGH_SUMMARY").isInvalid());
        assertTrue(ClaimStepSaves.isEntryError(over));
        assertFalse(ClaimStepSaves.isEntryError(Problem.of(Rule.CLAIM_METRIC_MISSING, "metric:X", "X")));
    }

    @Test
    void theCostsStepGivesAnInvoiceOrASelfCertificationNeverBoth() {
        CostsStep step = shown(new CostsStep());
        step.show(draft(), "ann", TODAY, List.of(Problem.of(Rule.CLAIM_INVOICE_OR_SELF_CERTIFICATION_MISSING, "invoice")));
        assertEquals(CostsStep.Mode.INVOICE, step.mode.getValue());
        assertTrue(text(step.problems).contains("third-party invoice"), text(step.problems));
        assertNull(step.invoice(), "nothing entered, nothing to save");
        step.invoiceNumber.setValue("INV-7");
        step.vendor.setValue("LinkedIn Ireland");
        step.invoiceDate.setValue(LocalDate.of(2027, 2, 28));
        step.invoiceAmount.setValue(new BigDecimal("4500"));
        step.currency.setValue("usd");
        assertTrue(step.commit());
        assertEquals(new InvoiceData("INV-7", "LinkedIn Ireland", LocalDate.of(2027, 2, 28), new BigDecimal("4500"), "USD"),
                step.invoice());
        assertNull(step.selfCertification());
        step.currency.setValue("XYZ1");
        assertFalse(step.commit());
        assertTrue(step.currency.isInvalid());

        step.mode.setValue(CostsStep.Mode.SELF_CERTIFICATION);
        assertTrue(step.selfForm.isVisible());
        assertFalse(step.invoiceForm.isVisible());
        step.answers.get(0).setValue("Banner designed in house");
        step.answers.get(2).setValue("12 hours at USD 100");
        SelfCertificationData self = step.selfCertification();
        assertNull(step.invoice());
        assertEquals("ann", self.certifiedBy());
        assertEquals(TODAY, self.certifiedOn());
        assertEquals(List.of("Banner designed in house", "", "12 hours at USD 100"),
                SelfCertificationText.answers(self.answers(), 3));
    }

    @Test
    void aStoredSelfCertificationIsShownAgainWithItsPrintableReport() {
        CostsStep step = shown(new CostsStep());
        String stored = SelfCertificationText.compose(List.of("Q1", "Q2", "Q3"), List.of("a", "b", "c"));
        step.show(claim(ClaimStatus.DRAFT, List.of(), null, new SelfCertificationData(stored, "alex", TODAY)),
                "ann", TODAY, List.of());
        assertEquals(CostsStep.Mode.SELF_CERTIFICATION, step.mode.getValue());
        assertEquals("b", step.answers.get(1).getValue());
        assertEquals("alex", step.certifiedBy.getValue());
        assertTrue(step.printable.isVisible());
        assertEquals("claims/7/self-certification", step.printable.getHref());
        assertEquals(3, SelfCertificationText.pairs(stored).size());
        assertEquals("Q2", SelfCertificationText.pairs(stored).get(1)[0]);
    }

    @Test
    void theEvidenceStepHasALinePerRequirementPlusExtrasWithFilesAndWhatIsWrongOnEach() {
        EvidenceStep step = shown(new EvidenceStep());
        step.show(draft(document(1, "AD_SCREENSHOT", null, false)), DIGITAL_ADS, 20_000_000,
                List.of(Problem.of(Rule.CLAIM_EVIDENCE_MISSING, "evidence:LANDING_PAGE_URL", "The landing page URL")),
                Map.of("document:1", List.of("Logo missing on the banner")));
        assertEquals(List.of("AD_SCREENSHOT", "LANDING_PAGE_URL", EvidenceDocument.EXTRA), new ArrayList<>(step.rows.keySet()));
        RequirementRow screenshot = step.rows.get("AD_SCREENSHOT");
        String line = text(screenshot);
        assertTrue(line.contains("Screenshot of the ad as it ran"), line);
        assertTrue(line.contains("Example: PNG of the banner"), line);
        assertTrue(line.contains("file-1.png"), line);
        assertTrue(line.contains("2 KB, image/png"), line);
        assertTrue(line.contains("Logo missing on the banner"), "reviewer feedback on the file: " + line);
        assertTrue(screenshot.files.getChildren().findFirst().orElseThrow().getChildren()
                .anyMatch(c -> "evidence-remove-1".equals(c.getId().orElse(null))), "a draft's file can be removed");
        assertTrue(text(step.rows.get("LANDING_PAGE_URL").messages).contains("Evidence missing"));
        assertTrue(step.rows.get("LANDING_PAGE_URL").hasClassName("has-problems"));
        assertTrue(screenshot.upload.getAcceptedFileTypes().contains(".pdf"));
        assertEquals(20_000_000, screenshot.upload.getMaxFileSize());
    }

    @Test
    void uploadsReachTheViewWithTheirRequirementAndRefusalsAreShownOnIt() {
        EvidenceStep step = shown(new EvidenceStep());
        step.show(draft(), DIGITAL_ADS, 1000, List.of(), Map.of());
        List<EvidenceStep.UploadEvent> received = new ArrayList<>();
        step.addUploadListener(received::add);
        step.rows.get("AD_SCREENSHOT").received("ad.png", new byte[] {1, 2});
        assertEquals(1, received.size());
        assertEquals("AD_SCREENSHOT", received.get(0).requirementCode());
        assertArrayEquals(new byte[] {1, 2}, received.get(0).content());
        assertNull(received.get(0).note());
        step.refuse("AD_SCREENSHOT", "The file \"ad.png\" is empty.");
        assertTrue(text(step.rows.get("AD_SCREENSHOT").messages).contains("is empty"));
    }

    @Test
    void anExtraDocumentNeedsItsNoteBeforeItIsStored() {
        EvidenceStep step = shown(new EvidenceStep());
        step.show(draft(), DIGITAL_ADS, 1000, List.of(), Map.of());
        List<EvidenceStep.UploadEvent> received = new ArrayList<>();
        step.addUploadListener(received::add);
        RequirementRow extra = step.rows.get(EvidenceDocument.EXTRA);
        assertFalse(extra.upload.isEnabled(), "no note, no upload");
        extra.received("brief.pdf", new byte[] {1});
        assertEquals(List.of(), received);
        assertTrue(text(extra.messages).contains("note"));
        extra.note.setValue("Agency brief showing our brand");
        assertTrue(extra.upload.isEnabled());
        extra.received("brief.pdf", new byte[] {1});
        assertEquals("Agency brief showing our brand", received.get(0).note());
        assertEquals(EvidenceDocument.EXTRA, received.get(0).requirementCode());
    }

    @Test
    void submittedDocumentsCannotBeRemovedOrAdded() {
        EvidenceStep step = shown(new EvidenceStep());
        step.show(claim(ClaimStatus.SUBMITTED, List.of(document(1, "AD_SCREENSHOT", null, true)), null, null),
                DIGITAL_ADS, 1000, List.of(), Map.of());
        RequirementRow row = step.rows.get("AD_SCREENSHOT");
        assertFalse(row.upload.isVisible());
        assertFalse(row.files.getChildren().findFirst().orElseThrow().getChildren()
                .anyMatch(c -> c.getId().orElse("").startsWith("evidence-remove-")));
    }

    @Test
    void theCheckListsEveryProblemWithTheStepThatFixesItAndSaysWhoSubmits() {
        CheckStep step = shown(new CheckStep());
        List<Problem> problems = List.of(Problem.of(Rule.CLAIM_EVIDENCE_MISSING, "evidence:AD_SCREENSHOT", "Screenshot"),
                Problem.of(Rule.CLAIM_INVOICE_OR_SELF_CERTIFICATION_MISSING, "invoice"));
        step.show(draft(), problems, false, TODAY);
        assertEquals("2 things to fix before the claim can be submitted:", step.problems.summary.getText());
        assertEquals("Fix in Evidence", step.problems.fixButtons.get(0).getText());
        assertEquals("Fix in Costs", step.problems.fixButtons.get(1).getText());
        List<String> opened = new ArrayList<>();
        step.addFixListener(e -> opened.add(e.stepId()));
        step.problems.fixButtons.get(1).click();
        assertEquals(List.of(ClaimSteps.COSTS), opened);
        assertTrue(step.whoSubmits.getText().contains("partner admin"), step.whoSubmits.getText());
        step.show(draft(), List.of(), true, TODAY);
        assertEquals("Nothing is missing: the claim is ready to submit.", step.problems.summary.getText());
        assertTrue(text(step.summary).contains("162 days left"), text(step.summary));
    }

    @Test
    void theClaimWizardBuildsItsStepsBeforeAnyClaimIsLoaded() {
        ClaimWizardView view = shown(new ClaimWizardView(null, null, null, null, null, null, null, null));
        assertEquals(ClaimSteps.ORDER, view.wizard().steps().stream().map(s -> s.stepId()).toList());
        assertEquals("claim-wizard", view.getId().orElseThrow());
    }
}
