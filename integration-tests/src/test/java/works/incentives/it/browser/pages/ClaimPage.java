package works.incentives.it.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import works.incentives.it.browser.Browser;

import java.util.List;

/** A claim's read-only page: status, documents with download links, history. */
public class ClaimPage {

    private final Browser browser;

    public ClaimPage(Browser browser) {
        this.browser = browser;
    }

    public ClaimPage waitUntilShown() {
        browser.find(By.id("claim-detail"));
        return this;
    }

    /** The status code (e.g. SUBMITTED), from the badge's {@code data-status}. */
    public String status() {
        return browser.find(By.id("claim-status")).getDomAttribute("data-status");
    }

    public String documentsText() {
        return browser.find(By.id("claim-documents")).getText();
    }

    /** The download links' file names. */
    public List<String> downloadNames() {
        return browser.findAll(By.cssSelector("#claim-documents a[id^='claim-document-']")).stream()
                .map(WebElement::getText).toList();
    }

    /** The download links' targets (each must be a served resource, not "#"). */
    public List<String> downloadHrefs() {
        return browser.findAll(By.cssSelector("#claim-documents a[id^='claim-document-']")).stream()
                .map(a -> a.getDomProperty("href")).toList();
    }

    public ClaimPage open(String baseUrl, long claimId) {
        browser.open(baseUrl + "claims/" + claimId);
        return waitUntilShown();
    }

    /** The reviewer's feedback, as shown on the items it concerns. */
    public String feedbackText() {
        return browser.find(By.id("claim-feedback")).getText();
    }

    /** Answers the reviewer's request for action. */
    public ClaimPage answer(String text) {
        browser.type(By.cssSelector("#claim-answer-text textarea"), text);
        browser.click(By.id("claim-answer"));
        return this;
    }

    public ClaimPage waitForStatus(String expected) {
        browser.waitUntil("the claim does not become " + expected,
                d -> expected.equals(d.findElement(By.id("claim-status")).getDomAttribute("data-status")));
        return this;
    }

    public boolean withdrawShown() {
        return browser.findAll(By.id("claim-withdraw")).stream().anyMatch(WebElement::isDisplayed);
    }

    public List<String> historyActions() {
        return browser.findAll(By.cssSelector("#claim-history li")).stream()
                .map(li -> li.getDomAttribute("data-action")).toList();
    }
}
