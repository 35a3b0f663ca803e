package works.incentives.it.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import works.incentives.it.browser.Browser;

import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The proof-of-execution wizard as a partner uses it: activity, details, costs, evidence uploads
 * and the check. Element ids are the wizard's stable ids; a label change touches only this class.
 */
public class ProofWizardPage extends WizardPage<ProofWizardPage> {

    private static final By PROBLEMS = By.id("claim-problems");
    private static final By PROBLEM_ITEMS = By.cssSelector("#claim-problems-items li");

    public ProofWizardPage(Browser browser) {
        super(browser, "claims/new", "activity");
    }

    // ---- step 1: activity ----

    /** The text of the offered activity of a type, e.g. its remaining amount and countdown. */
    public String activityText(String activityTypeCode) {
        return browser.find(activityOption(activityTypeCode)).getText();
    }

    /** Chooses the (first) offered activity of a type, by its catalogue code. */
    public ProofWizardPage chooseActivity(String activityTypeCode) {
        browser.click(activityOption(activityTypeCode));
        return this;
    }

    private static By activityOption(String code) {
        return By.cssSelector("#claim-activity-choice [data-activity-type='" + code + "']");
    }

    // ---- step 2: details ----

    public ProofWizardPage fillDetails(String name, String usDate, String amount, String reach, Map<String, String> metrics) {
        type("claim-name", name);
        typeDate("claim-execution-date", usDate);
        type("claim-amount", amount);
        type("claim-reach", reach);
        metrics.forEach((code, value) -> type("claim-metric-" + code, value));
        return this;
    }

    public String limitsText() {
        return browser.find(By.id("claim-limits")).getText();
    }

    /** Types the claim's name on the details step (nothing else). */
    public ProofWizardPage setName(String name) {
        type("claim-name", name);
        return this;
    }

    /** The claim's name as the details step shows it now. */
    public String name() {
        return String.valueOf(browser.script("return document.getElementById('claim-name').value;"));
    }

    /** The texts of the notifications on screen (e.g. "changed by someone else"), once one shows. */
    public String notificationText() {
        browser.find(By.tagName("vaadin-notification-card"));
        return String.valueOf(browser.script("return Array.from(document.querySelectorAll('vaadin-notification-card'))"
                + ".map(function (c) { return c.innerText || c.textContent; }).join('\\n');"));
    }

    // ---- step 3: costs ----

    public ProofWizardPage fillInvoice(String number, String vendor, String usDate, String amount, String currency) {
        By invoiced = By.xpath("//vaadin-radio-group[@id='claim-costs-mode']//vaadin-radio-button[1]");
        if (browser.find(invoiced).getDomAttribute("checked") == null) {
            browser.click(invoiced);
        }
        type("invoice-number", number);
        type("invoice-vendor", vendor);
        typeDate("invoice-date", usDate);
        type("invoice-amount", amount);
        type("invoice-currency", currency);
        return this;
    }

    // ---- step 4: evidence ----

    /** The requirement codes of the checklist, in order (the extra-document line last). */
    public List<String> requirementCodes() {
        return browser.findAll(By.cssSelector("#evidence-checklist .evidence-requirement")).stream()
                .map(e -> e.getDomAttribute("data-requirement")).toList();
    }

    /** Uploads a file for a requirement through the vaadin-upload's file input, and waits until it is listed or refused. */
    public ProofWizardPage upload(String requirementCode, Path file) {
        return uploadThenWait(requirementCode, () -> {
            WebElement upload = browser.find(By.id("evidence-upload-" + requirementCode));
            // vaadin-upload keeps its hidden file input in light DOM or in its shadow root, by version
            List<WebElement> light = upload.findElements(By.cssSelector("input[type='file']"));
            WebElement input = light.isEmpty()
                    ? upload.getShadowRoot().findElement(By.cssSelector("input[type='file']")) : light.get(0);
            input.sendKeys(file.toAbsolutePath().toString());
        });
    }

    /** Uploads the invoice document itself: the first line of an invoiced claim's checklist. */
    public ProofWizardPage uploadInvoice(Path file) {
        return upload("INVOICE", file);
    }

    /**
     * Hands the vaadin-upload a file made in the page (any name, e.g. 2,000 characters or with a
     * right-to-left override, which no real file system allows), as if the user had chosen it,
     * and waits until it is listed or refused.
     */
    public ProofWizardPage uploadMadeUp(String requirementCode, String fileName, byte[] content, String type) {
        return uploadThenWait(requirementCode, () -> browser.script("const up = document.getElementById(arguments[0]);"
                + " const input = up.querySelector('input[type=file]') || up.shadowRoot.querySelector('input[type=file]');"
                + " const bytes = Uint8Array.from(atob(arguments[2]), c => c.charCodeAt(0));"
                + " const dt = new DataTransfer(); dt.items.add(new File([bytes], arguments[1], {type: arguments[3]}));"
                + " input.files = dt.files; input.dispatchEvent(new Event('change', {bubbles: true}));",
                "evidence-upload-" + requirementCode, fileName, Base64.getEncoder().encodeToString(content), type));
    }

    /**
     * Starts an upload and waits for the server's verdict on the page: one more file listed, or a
     * new message on the requirement's line (e.g. "not a PNG"), or an error of the upload itself.
     */
    private ProofWizardPage uploadThenWait(String requirementCode, Runnable start) {
        int before = fileCount(requirementCode);
        String errorBefore = requirementError(requirementCode);
        start.run();
        // first the upload's own request: until it has finished, a message on the line may still be
        // the step's earlier verdict ("upload the invoice document itself") arriving late
        browser.waitUntil("the upload for " + requirementCode + " did not finish", d -> uploadFinished(requirementCode));
        browser.waitForVaadin();
        browser.waitUntil(() -> "the upload for " + requirementCode + " was neither listed nor refused; the line says: "
                        + requirementError(requirementCode),
                d -> fileCount(requirementCode) > before
                        || !requirementError(requirementCode).isBlank() && !requirementError(requirementCode).equals(errorBefore)
                        || !uploadErrors(requirementCode).isEmpty());
        browser.waitForVaadin();
        return this;
    }

    /** The claim window above the wizard ("Claims for … are accepted from … to …"). */
    public String claimWindowText() {
        return browser.find(By.id("claim-window")).getText();
    }

    /** True once no file of the requirement's vaadin-upload is still being sent (done, refused or cleared). */
    private boolean uploadFinished(String requirementCode) {
        return Boolean.TRUE.equals(browser.script("return document.getElementById(arguments[0]).files"
                + ".every(f => f.complete || f.error || f.abort);", "evidence-upload-" + requirementCode));
    }

    /** What the vaadin-upload itself says went wrong with its files (e.g. "server error"), empty if nothing. */
    public String uploadErrors(String requirementCode) {
        return String.valueOf(browser.script("return document.getElementById(arguments[0]).files"
                + ".filter(f => f.error).map(f => f.name.length + ' chars: ' + f.error).join('; ');",
                "evidence-upload-" + requirementCode));
    }

    /** The stored names of a requirement's files, as listed. */
    public List<String> fileNames(String requirementCode) {
        return browser.findAll(By.cssSelector("#evidence-files-" + requirementCode + " .evidence-file-name")).stream()
                .map(WebElement::getText).toList();
    }

    /** Writes the note an extra document needs, then uploads it. */
    public ProofWizardPage uploadExtra(String note, Path file) {
        type("evidence-extra-note", note);
        return upload("EXTRA", file);
    }

    public int fileCount(String requirementCode) {
        return browser.findAll(By.cssSelector("#evidence-files-" + requirementCode + " li[id^='evidence-file-']")).size();
    }

    public String filesText(String requirementCode) {
        return browser.find(By.id("evidence-files-" + requirementCode)).getText();
    }

    public String requirementError(String requirementCode) {
        return browser.findAll(By.id("evidence-error-" + requirementCode)).stream().findFirst()
                .map(WebElement::getText).orElse("");
    }

    // ---- step 5: check ----

    /** How many problems the check still lists (its {@code data-count}). */
    public int problemCount() {
        return Integer.parseInt(browser.find(PROBLEMS).getDomAttribute("data-count"));
    }

    public String problemsText() {
        return browser.find(PROBLEMS).getText();
    }

    /** The rule codes of the listed problems, e.g. CLAIM_EVIDENCE_MISSING. */
    public List<String> problemRules() {
        return browser.findAll(PROBLEM_ITEMS).stream().map(li -> li.getDomAttribute("data-rule")).toList();
    }

    /** Opens the step that fixes the problem at this position of the list. */
    public ProofWizardPage fix(int index) {
        browser.click(By.id("claim-problem-fix-" + index));
        return this;
    }
}
