package works.incentives.it.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import works.incentives.it.browser.Browser;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The proof-of-execution wizard as a partner uses it: activity, details, costs, evidence uploads
 * and the check. Element ids are the wizard's stable ids; a label change touches only this class.
 */
public class ProofWizardPage {

    private static final By STEP_TITLE = By.id("wizard-step-title");
    private static final By NEXT = By.id("wizard-next");
    private static final By SUBMIT = By.id("wizard-submit");
    private static final By PROBLEMS = By.id("claim-problems");
    private static final By PROBLEM_ITEMS = By.cssSelector("#claim-problems-items li");

    private final Browser browser;

    public ProofWizardPage(Browser browser) {
        this.browser = browser;
    }

    public ProofWizardPage openNew(String baseUrl) {
        browser.open(baseUrl + "claims/new");
        browser.find(By.id("step-activity"));
        return this;
    }

    public ProofWizardPage waitForStep(String stepId) {
        browser.find(By.id("step-" + stepId));
        return this;
    }

    public String stepTitle() {
        return browser.find(STEP_TITLE).getText();
    }

    public String currentUrl() {
        return browser.driver().getCurrentUrl();
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
        type(By.cssSelector("#claim-name input"), name);
        typeDate("claim-execution-date", usDate);
        type(By.cssSelector("#claim-amount input"), amount);
        type(By.cssSelector("#claim-reach input"), reach);
        metrics.forEach((code, value) -> type(By.cssSelector("#claim-metric-" + code + " input"), value));
        return this;
    }

    public String limitsText() {
        return browser.find(By.id("claim-limits")).getText();
    }

    /** Types the claim's name on the details step (nothing else). */
    public ProofWizardPage setName(String name) {
        type(By.cssSelector("#claim-name input"), name);
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
        browser.click(By.xpath("//vaadin-radio-group[@id='claim-costs-mode']//vaadin-radio-button[1]"));
        type(By.cssSelector("#invoice-number input"), number);
        type(By.cssSelector("#invoice-vendor input"), vendor);
        typeDate("invoice-date", usDate);
        type(By.cssSelector("#invoice-amount input"), amount);
        type(By.cssSelector("#invoice-currency input"), currency);
        return this;
    }

    // ---- step 4: evidence ----

    /** The requirement codes of the checklist, in order (the extra-document line last). */
    public java.util.List<String> requirementCodes() {
        return browser.findAll(By.cssSelector("#evidence-checklist .evidence-requirement")).stream()
                .map(e -> e.getAttribute("data-requirement")).toList();
    }

    /** Uploads a file for a requirement through the vaadin-upload's file input, and waits until it is listed. */
    public ProofWizardPage upload(String requirementCode, Path file) {
        int before = fileCount(requirementCode);
        String errorBefore = requirementError(requirementCode);
        sendFile(requirementCode, file);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> fileCount(requirementCode) > before
                        || !requirementError(requirementCode).isBlank()
                        && !requirementError(requirementCode).equals(errorBefore));
        browser.waitForVaadin();
        return this;
    }

    private void sendFile(String requirementCode, Path file) {
        WebElement upload = browser.find(By.id("evidence-upload-" + requirementCode));
        // vaadin-upload keeps its hidden file input in light DOM or in its shadow root, by version
        java.util.List<WebElement> light = upload.findElements(By.cssSelector("input[type='file']"));
        WebElement input = light.isEmpty()
                ? upload.getShadowRoot().findElement(By.cssSelector("input[type='file']")) : light.get(0);
        input.sendKeys(file.toAbsolutePath().toString());
    }

    /** Uploads the invoice document itself: the first line of an invoiced claim's checklist. */
    public ProofWizardPage uploadInvoice(Path file) {
        browser.waitForVaadin();
        int before = fileCount("INVOICE");
        sendFile("INVOICE", file);
        // the line says the document is missing until it is stored: wait for the file or another message
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .withMessage(() -> "the invoice document was not listed; the line says: " + requirementError("INVOICE"))
                .until(d -> fileCount("INVOICE") > before || !requirementError("INVOICE").isBlank()
                        && !requirementError("INVOICE").startsWith("Upload the invoice document itself"));
        browser.waitForVaadin();
        return this;
    }

    /**
     * Hands the vaadin-upload a file made in the page (any name, e.g. 2,000 characters or with a
     * right-to-left override, which no real file system allows), as if the user had chosen it,
     * and waits until it is listed or refused.
     */
    public ProofWizardPage uploadMadeUp(String requirementCode, String fileName, byte[] content, String type) {
        int before = fileCount(requirementCode);
        String errorBefore = requirementError(requirementCode);
        browser.script("const up = document.getElementById(arguments[0]);"
                + " const input = up.querySelector('input[type=file]') || up.shadowRoot.querySelector('input[type=file]');"
                + " const bytes = Uint8Array.from(atob(arguments[2]), c => c.charCodeAt(0));"
                + " const dt = new DataTransfer(); dt.items.add(new File([bytes], arguments[1], {type: arguments[3]}));"
                + " input.files = dt.files; input.dispatchEvent(new Event('change', {bubbles: true}));",
                "evidence-upload-" + requirementCode, fileName, java.util.Base64.getEncoder().encodeToString(content), type);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> fileCount(requirementCode) > before
                        || !requirementError(requirementCode).isBlank()
                        && !requirementError(requirementCode).equals(errorBefore)
                        || !uploadErrors(requirementCode).isEmpty());
        browser.waitForVaadin();
        return this;
    }

    /** The claim window above the wizard ("Claims for … are accepted from … to …"). */
    public String claimWindowText() {
        return browser.find(By.id("claim-window")).getText();
    }

    /** What the vaadin-upload itself says went wrong with its files (e.g. "server error"), empty if nothing. */
    public String uploadErrors(String requirementCode) {
        return String.valueOf(browser.script("return document.getElementById(arguments[0]).files"
                + ".filter(f => f.error).map(f => f.name.length + ' chars: ' + f.error).join('; ');",
                "evidence-upload-" + requirementCode));
    }

    /** The stored names of a requirement's files, as listed. */
    public java.util.List<String> fileNames(String requirementCode) {
        return browser.findAll(By.cssSelector("#evidence-files-" + requirementCode + " .evidence-file-name")).stream()
                .map(WebElement::getText).toList();
    }

    /** Writes the note an extra document needs, then uploads it. */
    public ProofWizardPage uploadExtra(String note, Path file) {
        type(By.cssSelector("#evidence-extra-note input"), note);
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
        return Integer.parseInt(browser.find(PROBLEMS).getAttribute("data-count"));
    }

    public String problemsText() {
        return browser.find(PROBLEMS).getText();
    }

    /** The rule codes of the listed problems, e.g. CLAIM_EVIDENCE_MISSING. */
    public java.util.List<String> problemRules() {
        return browser.findAll(PROBLEM_ITEMS).stream().map(li -> li.getAttribute("data-rule")).toList();
    }

    /** Opens the step that fixes the problem at this position of the list. */
    public ProofWizardPage fix(int index) {
        browser.click(By.id("claim-problem-fix-" + index));
        return this;
    }

    public ProofWizardPage next() {
        browser.click(NEXT);
        return this;
    }

    public ProofWizardPage goToStep(String stepId) {
        browser.click(By.id("wizard-progress-" + stepId));
        return waitForStep(stepId);
    }

    public boolean submitShown() {
        return browser.findAll(SUBMIT).stream().anyMatch(WebElement::isDisplayed);
    }

    public void submit() {
        browser.click(SUBMIT);
    }

    private void type(By input, String text) {
        WebElement field = browser.find(input);
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text);
        field.sendKeys(Keys.TAB);
        browser.waitForVaadin();
    }

    private void typeDate(String id, String date) {
        WebElement field = browser.find(By.cssSelector("#" + id + " input"));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(date);
        field.sendKeys(Keys.ENTER);
        browser.waitForVaadin();
    }
}
