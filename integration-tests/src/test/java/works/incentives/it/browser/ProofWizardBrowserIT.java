package works.incentives.it.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import works.incentives.it.browser.pages.ClaimPage;
import works.incentives.it.browser.pages.HomePage;
import works.incentives.it.browser.pages.MyClaimsPage;
import works.incentives.it.browser.pages.ProofWizardPage;
import works.incentives.it.browser.pages.ReviewItemPage;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A partner admin proves Contoso's executed digital-advertising activity (the demo's approved
 * plan) as a new user would, in a real Chromium and in Traditional Chinese (issue 15: the whole walk,
 * the date picker's calendar and its message for a date typed in another pattern): picks the activity, enters the details, attaches
 * the invoice with its document, uploads real PNG and PDF files for every requirement and an extra document, watches
 * the check list shrink to empty, submits, and finds the claim submitted with its documents.
 */
class ProofWizardBrowserIT extends BrowserTestBase {

    @TempDir
    Path files;

    @Test
    void aPartnerProvesAnExecutedActivityWithEveryDocumentAndSubmitsIt() throws IOException, InterruptedException,
            URISyntaxException {
        String name = "LinkedIn ads, spring wave " + System.nanoTime() % 100_000;
        String invoiceNumber = "IT-" + System.currentTimeMillis();
        String today = LocalDate.now().format(ZH_DATE);
        Path screenshot = png("ad-screenshot.png", "Cloud security ad");
        Path landing = png("landing-page.png", "partner.example/offer");
        Path brief = pdf("agency-brief.pdf");
        Path invoice = pdf("invoice-" + invoiceNumber + ".pdf");

        signIn("ann");

        // 1. activity: from My claims, a new claim; the approved activity shows what is left and the countdown
        new MyClaimsPage(browser).open(base());
        new HomePage(browser).switchLanguage("繁體中文");
        new MyClaimsPage(browser).newClaim();
        ProofWizardPage wizard = new ProofWizardPage(browser).waitForStep("activity");
        browser.waitForText(By.id("wizard-step-title"), "活動");
        String offered = wizard.activityText("DIGITAL_ADVERTISING");
        assertTrue(offered.contains("US$12,000.00"), offered);
        assertTrue(offered.matches("(?s).*剩 \\d+ 天.*"), offered);
        wizard.chooseActivity("DIGITAL_ADVERTISING").next().waitForStep("details");
        assertTrue(wizard.currentUrl().matches(".*/claims/\\d+/edit/details"), wizard.currentUrl());
        String claimId = wizard.currentUrl().replaceAll(".*/claims/(\\d+)/edit/details.*", "$1");

        // the funding period's claim window is shown above every step
        assertTrue(wizard.claimWindowText().contains("的申請受理期間為"), wizard.claimWindowText());

        // 2. details, with the limits beside the fields
        assertTrue(wizard.limitsText().contains("US$12,000.00"), wizard.limitsText());
        wizard.fillDetails(name, today, "1000", "25000", Map.of("CLICK_THROUGH_SUMMARY", "1.9% CTR, 480 clicks"));
        String calendar = wizard.calendarText("claim-execution-date", "今天");
        assertTrue(calendar.contains("取消") && calendar.contains("年") && calendar.contains(" 日 一 二 三 四 五 六"), calendar);
        wizard.typeDateInto("claim-execution-date", LocalDate.now().format(US_DATE));
        assertTrue(wizard.errorBelow("claim-execution-date").startsWith("請依「年/月/日」格式輸入日期"),
                wizard.errorBelow("claim-execution-date"));
        wizard.typeDateInto("claim-execution-date", today).next().waitForStep("costs");

        // 3. costs: the third-party invoice
        wizard.fillInvoice(invoiceNumber, "LinkedIn Ireland", today, "1000", "USD").next().waitForStep("evidence");

        // the check lists the missing invoice document and the two missing documents, each linking to the evidence step
        wizard.goToStep("check");
        assertEquals(List.of("CLAIM_INVOICE_FILE_MISSING", "CLAIM_EVIDENCE_MISSING", "CLAIM_EVIDENCE_MISSING"),
                wizard.problemRules(), wizard.problemsText());
        assertFalse(wizard.submitShown(), "nothing is submitted while something is missing");
        wizard.fix(0).waitForStep("evidence");

        // 4. evidence: one line per requirement plus extras; real files, checked by content
        assertEquals(List.of("INVOICE", "AD_SCREENSHOT", "LANDING_PAGE_URL", "EXTRA"), wizard.requirementCodes());
        wizard.uploadInvoice(invoice);
        assertEquals(1, wizard.fileCount("INVOICE"), wizard.requirementError("INVOICE"));
        assertTrue(wizard.filesText("INVOICE").contains("application/pdf"), wizard.filesText("INVOICE"));
        wizard.upload("AD_SCREENSHOT", screenshot);
        assertEquals(1, wizard.fileCount("AD_SCREENSHOT"), wizard.requirementError("AD_SCREENSHOT"));
        assertTrue(wizard.filesText("AD_SCREENSHOT").contains("image/png"), wizard.filesText("AD_SCREENSHOT"));

        wizard.goToStep("check");
        assertEquals(1, wizard.problemCount(), "the list shrinks: " + wizard.problemsText());
        wizard.fix(0).waitForStep("evidence");

        wizard.upload("LANDING_PAGE_URL", landing);
        wizard.uploadExtra("Agency brief naming our brand and the campaign", brief);
        assertEquals(1, wizard.fileCount("LANDING_PAGE_URL"), wizard.requirementError("LANDING_PAGE_URL"));
        assertEquals(1, wizard.fileCount("EXTRA"), wizard.requirementError("EXTRA"));
        assertTrue(wizard.filesText("EXTRA").contains("application/pdf"), wizard.filesText("EXTRA"));
        browser.screenshot("poe-evidence");

        // a name no file system allows: 2,000 characters (a "server error" once: the multipart parser refuses
        // part headers over 512 bytes) is shortened with its extension kept
        wizard.uploadMadeUp("LANDING_PAGE_URL", "L".repeat(2000) + ".png", Files.readAllBytes(landing), "image/png");
        assertEquals("", wizard.uploadErrors("LANDING_PAGE_URL"));
        assertEquals("", wizard.requirementError("LANDING_PAGE_URL"));
        String shortened = wizard.fileNames("LANDING_PAGE_URL").stream().filter(n -> n.startsWith("LLL")).findFirst()
                .orElseThrow(() -> new AssertionError(wizard.filesText("LANDING_PAGE_URL")));
        assertTrue(shortened.length() <= 120 && shortened.endsWith(".png"), shortened);

        // 5. nothing left: a partner admin submits
        wizard.goToStep("check");
        assertEquals(0, wizard.problemCount(), wizard.problemsText());
        assertTrue(wizard.submitShown());
        wizard.submit();

        ClaimPage claim = new ClaimPage(browser).waitUntilShown();
        assertEquals("SUBMITTED", claim.status());
        // the claim page groups documents by requirement: the type's checklist, then the invoice, then extras
        assertEquals(List.of("ad-screenshot.png", "landing-page.png", shortened, "invoice-" + invoiceNumber + ".pdf",
                "agency-brief.pdf"), claim.downloadNames());
        assertTrue(claim.downloadHrefs().stream().allMatch(h -> h != null && h.startsWith("http")), claim.downloadHrefs().toString());
        assertTrue(claim.withdrawShown(), "a submitted claim can be withdrawn until review starts");
        assertTrue(claim.historyActions().contains("SUBMITTED"), claim.historyActions().toString());

        String listed = new MyClaimsPage(browser).open(base()).gridText();
        assertTrue(listed.contains(name) && listed.contains("已提交"), listed);

        // the reviewer previews the PDF inline: Chromium's viewer opens it although the answer is sandboxed
        signIn("rita");
        browser.open(base + "review/claims/" + claimId);
        ReviewItemPage review = ReviewItemPage.claim(browser);
        String preview = review.previewDocument("agency-brief.pdf");
        assertTrue(review.pdfViewerShown(), "Chromium's PDF viewer shows the preview");
        browser.screenshot("review-pdf-preview");
        HttpResponse<Void> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.toURI().resolve(preview))
                .header("Cookie", "JSESSIONID=" + browser.driver().manage().getCookieNamed("JSESSIONID").getValue())
                .build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(200, answer.statusCode());
        assertEquals("application/pdf", answer.headers().firstValue("Content-Type").orElse(""));
        assertTrue(answer.headers().firstValue("Content-Disposition").orElse("").startsWith("inline"));
        assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(""));
        String policy = answer.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.startsWith("sandbox;") && policy.contains("default-src 'none'"), policy);
    }

    private Path png(String fileName, String caption) throws IOException {
        BufferedImage image = new BufferedImage(320, 120, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x1a73e8));
        g.fillRect(0, 0, 320, 120);
        g.setColor(Color.WHITE);
        g.drawString(caption, 20, 60);
        g.dispose();
        Path file = files.resolve(fileName);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    /** A one-page PDF written by hand, with a correct cross-reference table. */
    private Path pdf(String fileName) throws IOException {
        String[] objects = {
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << >> >>",
                "<< /Length 0 >>\nstream\n\nendstream"};
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        Path file = files.resolve(fileName);
        Files.write(file, pdf.toString().getBytes(StandardCharsets.US_ASCII));
        return file;
    }
}
