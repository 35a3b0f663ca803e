package works.incentives.web.claim;

import works.incentives.web.KaribuTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import works.incentives.domain.claim.ClaimCommands.InvoiceData;
import works.incentives.domain.claim.ClaimCommands.SelfCertificationData;
import works.incentives.domain.claim.ClaimStatus;
import works.incentives.domain.evidence.EvidenceDocument;
import works.incentives.domain.fund.AllocationService.AllocationView;
import works.incentives.domain.shared.Problem;
import works.incentives.domain.shared.Rule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static works.incentives.web.claim.ClaimFixtures.*;

/** The claim window above the PoE wizard, the no-future execution date and the invoice document (issue 10). */
class ClaimWindowAndInvoiceTest extends KaribuTest {

    /** A fund with Partner Center's published window for usage Jan-Jun 2027: Feb 15 to Aug 14. */
    static AllocationView publishedWindowFund(LocalDate today) {
        LocalDate closes = LocalDate.of(2027, 8, 14);
        return new AllocationView(9, 0, 3, 1, 2, "H1 FY27", "USD", new BigDecimal("50000"), BigDecimal.ZERO,
                new BigDecimal("50000"), new BigDecimal("10000"), BigDecimal.ZERO, BigDecimal.ZERO,
                new BigDecimal("50000"), new BigDecimal("40000"), false, closes,
                java.time.temporal.ChronoUnit.DAYS.between(today, closes), LocalDate.of(2027, 2, 15), true);
    }

    private static final InvoiceData INVOICE = new InvoiceData("LI-42", "LinkedIn Ireland", LocalDate.of(2027, 2, 28),
            new BigDecimal("4000"), "USD");

    @Test
    void theWizardShowsThePublishedClaimWindowExactlyWithTheDaysLeft() {
        ClaimWindowNote note = shown(new ClaimWindowNote());
        note.show(publishedWindowFund(TODAY), TODAY);
        assertEquals("Claims for H1 FY27 are accepted from Feb 15, 2027 to Aug 14, 2027: 162 days left.", note.getText());
        assertFalse(note.hasClassName("warning"));

        LocalDate beforeItOpens = LocalDate.of(2027, 2, 1);
        note.show(publishedWindowFund(beforeItOpens), beforeItOpens);
        assertEquals("Claims for H1 FY27 are accepted from Feb 15, 2027 to Aug 14, 2027: the window has not opened yet.",
                note.getText());
        assertTrue(note.hasClassName("warning"));

        UI.getCurrent().setLocale(Locale.TRADITIONAL_CHINESE);
        note.show(publishedWindowFund(TODAY), TODAY);
        assertTrue(note.getText().startsWith("H1 FY27 的申請受理期間為 2027/02/15 至 2027/08/14"), note.getText());
    }

    @Test
    void anExecutionDateInTheFutureIsRefusedOnTheField() {
        DetailsStep step = shown(new DetailsStep());
        step.setToday(TODAY);
        step.show(draft(), ads(11, "12000", "0", 20), DIGITAL_ADS, List.of());
        assertEquals(TODAY, step.executionDate.getMax(), "the picker stops at today, inside the campaign");
        step.executionDate.setValue(TODAY.plusDays(1));
        step.amount.setValue(new BigDecimal("1000"));
        assertFalse(step.commit());
        assertTrue(step.executionDate.isInvalid());
        assertEquals("The activity must have run: choose a date up to today (Mar 5, 2027).",
                step.executionDate.getErrorMessage());
        step.executionDate.setValue(TODAY);
        assertTrue(step.commit());
    }

    @Test
    void anInvoicedClaimsChecklistStartsWithTheInvoiceDocumentAndSaysWhenItIsMissing() {
        EvidenceStep step = shown(new EvidenceStep());
        step.show(claim(ClaimStatus.DRAFT, List.of(), INVOICE, null), DIGITAL_ADS, 20_000_000,
                List.of(Problem.of(Rule.CLAIM_INVOICE_FILE_MISSING, "evidence:" + EvidenceDocument.INVOICE)), Map.of());
        assertEquals(List.of(EvidenceDocument.INVOICE, "AD_SCREENSHOT", "LANDING_PAGE_URL", EvidenceDocument.EXTRA),
                new ArrayList<>(step.rows.keySet()));
        RequirementRow invoice = step.rows.get(EvidenceDocument.INVOICE);
        String line = text(invoice);
        assertTrue(line.contains("The invoice document"), line);
        assertTrue(line.contains("Required"), line);
        assertTrue(line.contains("the third-party invoice itself"), line);
        assertTrue(text(invoice.messages).contains("Upload the invoice document itself, not only its details."),
                text(invoice.messages));
        assertTrue(invoice.upload.getAcceptedFileTypes().contains(".pdf"), "checked like any evidence file");

        List<EvidenceStep.UploadEvent> uploads = new ArrayList<>();
        step.addUploadListener(uploads::add);
        invoice.received("invoice.pdf", new byte[] {1});
        assertEquals(EvidenceDocument.INVOICE, uploads.get(0).requirementCode());

        step.show(claim(ClaimStatus.DRAFT, List.of(document(3, EvidenceDocument.INVOICE, null, false)), INVOICE, null),
                DIGITAL_ADS, 20_000_000, List.of(), Map.of());
        assertTrue(text(step.rows.get(EvidenceDocument.INVOICE)).contains("file-3.png"));

        UI.getCurrent().setLocale(Locale.TRADITIONAL_CHINESE);
        step.localeChange(null);
        assertTrue(text(step.rows.get(EvidenceDocument.INVOICE)).contains("發票文件"), text(step.rows.get(EvidenceDocument.INVOICE)));
    }

    @Test
    void aSelfCertifiedClaimHasNoInvoiceLine() {
        EvidenceStep step = shown(new EvidenceStep());
        step.show(claim(ClaimStatus.DRAFT, List.of(), null, new SelfCertificationData("in house", "ann", TODAY)),
                DIGITAL_ADS, 20_000_000, List.of(), Map.of());
        assertEquals(List.of("AD_SCREENSHOT", "LANDING_PAGE_URL", EvidenceDocument.EXTRA), new ArrayList<>(step.rows.keySet()));
    }

    @Test
    void theCostsStepSaysWhereTheInvoiceDocumentGoes() {
        CostsStep step = shown(new CostsStep());
        step.show(claim(ClaimStatus.DRAFT, List.of(), INVOICE, null), "ann", TODAY, List.of());
        assertTrue(step.invoiceFileHint.getText().contains("Upload the invoice document itself in the next step"),
                step.invoiceFileHint.getText());
    }
}
