package works.incentives.it.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import works.incentives.it.browser.Browser;

import java.util.List;
import java.util.Map;

/** A claim or plan review page: its status badge, its decision buttons and its history. */
public class ReviewItemPage {

    private final Browser browser;
    private final String kind;

    private ReviewItemPage(Browser browser, String kind) {
        this.browser = browser;
        this.kind = kind;
        browser.find(By.id(kind + "-status"));
    }

    public static ReviewItemPage claim(Browser browser) {
        return new ReviewItemPage(browser, "claim");
    }

    public static ReviewItemPage plan(Browser browser) {
        return new ReviewItemPage(browser, "plan");
    }

    /** The status's constant (e.g. "ACTION_REQUIRED"), independent of the page's language. */
    public String status() {
        return browser.find(By.id(kind + "-status")).getDomAttribute("data-status");
    }

    public ReviewItemPage waitForStatus(String status) {
        browser.waitUntil("the " + kind + " does not become " + status,
                d -> status.equals(d.findElement(By.id(kind + "-status")).getDomAttribute("data-status")));
        return this;
    }

    public ReviewItemPage startReview() {
        browser.click(By.id(kind + "-start-review"));
        return this;
    }

    public DecisionDialogPage approve() {
        browser.click(By.id(kind + "-approve"));
        return new DecisionDialogPage(browser);
    }

    public DecisionDialogPage requestAction() {
        browser.click(By.id(kind + "-request-action"));
        return new DecisionDialogPage(browser);
    }

    public DecisionDialogPage markPaid() {
        browser.click(By.id(kind + "-mark-paid"));
        return new DecisionDialogPage(browser);
    }

    /** The latest history entry's text (entries are newest first). */
    public String latestHistoryEntry() {
        return browser.find(By.cssSelector("#history-entries .history-entry")).getText();
    }

    /**
     * The catalogue rules a plan's activity of this type is checked against, as the page states
     * them ("Catalogue revision 1, as first set up · No cap beyond your fund.").
     */
    public String catalogueRulesOf(String activityTypeName) {
        return browser.find(By.xpath("//div[contains(@class,'plan-activity')][.//span[contains(@class,'activity-type')"
                + " and normalize-space(.)='" + activityTypeName + "']]//p[contains(@class,'catalogue-revision')]")).getText();
    }

    /** Whether a document's preview or download is on the page. */
    public boolean showsDocument(String fileName) {
        return browser.find(By.id("review-evidence")).getText().contains(fileName);
    }

    /** Opens the inline preview of a document and returns the preview frame's address. */
    public String previewDocument(String fileName) {
        WebElement row = browser.findAll(By.cssSelector("#review-evidence .evidence-document")).stream()
                .filter(r -> r.getText().contains(fileName)).findFirst().orElseThrow();
        String rowId = row.getDomAttribute("id");
        browser.click(By.id(row.findElement(By.cssSelector("[id^='doc-preview-']")).getDomAttribute("id")));
        return browser.find(By.cssSelector("#" + rowId + " iframe")).getDomAttribute("src");
    }

    /** Whether Chromium's PDF viewer runs in the page (a frame of the viewer extension exists). */
    public boolean pdfViewerShown() {
        try {
            browser.waitUntil("no PDF viewer", d -> viewerFrames() > 0);
            return true;
        } catch (TimeoutException notShown) {
            return false;
        }
    }

    @SuppressWarnings("unchecked")
    private long viewerFrames() {
        var targets = (Map<String, Object>) ((HasCdp) browser.driver())
                .executeCdpCommand("Target.getTargets", Map.of());
        return ((List<Map<String, Object>>) targets.get("targetInfos")).stream()
                .filter(t -> String.valueOf(t.get("url")).startsWith("chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/"))
                .count();
    }
}
