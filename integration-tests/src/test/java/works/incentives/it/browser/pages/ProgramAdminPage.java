package works.incentives.it.browser.pages;

import java.util.Arrays;
import java.util.List;

import org.openqa.selenium.By;
import works.incentives.it.browser.Browser;

/** A program admin's program page: its catalogue of activity types and the define-type dialog. */
public class ProgramAdminPage {

    private final Browser browser;

    public ProgramAdminPage(Browser browser) {
        this.browser = browser;
    }

    /** Opens the programs list and the program whose name starts with {@code namePrefix}. */
    public ProgramAdminPage openProgram(String baseUrl, String namePrefix) {
        browser.open(baseUrl + "admin/programs");
        browser.click(By.xpath("//*[@id='programs-grid']//vaadin-grid-cell-content[starts-with(normalize-space(.), '"
                + namePrefix + "')]"));
        browser.find(By.id("program-title"));
        return this;
    }

    public ProgramAdminPage showCatalogue() {
        browser.click(By.xpath("//vaadin-tab[normalize-space(.)='Activity types']"));
        browser.find(By.id("types-grid"));
        return this;
    }

    /** Starts a new type with its display names in English and Traditional Chinese (both are required). */
    public ProgramAdminPage startDefiningType(String code, String category, String displayName, String displayNameZh) {
        startDefiningType(code, category, displayName);
        browser.type(By.cssSelector("#type-display-name-zh input"), displayNameZh);
        return this;
    }

    public ProgramAdminPage startDefiningType(String code, String category, String displayName) {
        browser.click(By.id("define-type"));
        browser.type(By.cssSelector("#type-code input"), code);
        ComboBox.single(browser, "type-category").choose(category);
        browser.type(By.cssSelector("#type-display-name input"), displayName);
        return this;
    }

    /** Fills evidence row {@code number} with its texts in English and (description) Traditional Chinese. */
    public ProgramAdminPage evidence(int number, String code, String description, String example, String descriptionZh) {
        evidence(number, code, description, example);
        browser.type(By.cssSelector("#evidence-description-zh-" + number + " input"), descriptionZh);
        return this;
    }

    /** Fills evidence row {@code number} (1-based), adding the row first when it does not exist yet. */
    public ProgramAdminPage evidence(int number, String code, String description, String example) {
        if (browser.findAll(By.id("evidence-code-" + number)).isEmpty()) {
            browser.click(By.id("evidence-add"));
        }
        browser.type(By.cssSelector("#evidence-code-" + number + " input"), code);
        browser.type(By.cssSelector("#evidence-description-" + number + " input, #evidence-description-" + number + " textarea"),
                description);
        browser.type(By.cssSelector("#evidence-example-" + number + " input, #evidence-example-" + number + " textarea"), example);
        return this;
    }

    /** Opens the edit dialog of the type with this code. */
    public ProgramAdminPage editType(String code) {
        browser.click(By.id("type-edit-" + code));
        browser.find(By.id("type-save"));
        return this;
    }

    /** Types the cap per usage period (in the program currency) into the open type dialog. */
    public ProgramAdminPage perPeriodCap(String amount) {
        browser.type(By.cssSelector("#type-per-period-cap input"), amount);
        return this;
    }

    /** Waits until the dialog has closed after saving (a refused save keeps it open). */
    public ProgramAdminPage waitForDialogClosed() {
        // the server closes the dialog once the type is saved; if it refuses, the fields say why
        browser.waitUntil(() -> "the dialog did not close after saving; fields marked invalid: "
                        + browser.findAll(By.cssSelector("vaadin-dialog-overlay [invalid]")).stream()
                        .map(e -> e.getDomAttribute("label") + ": " + e.getDomProperty("errorMessage")).toList(),
                d -> d.findElements(By.id("type-save")).isEmpty());
        return this;
    }

    public ProgramAdminPage save() {
        browser.click(By.id("type-save"));
        return this;
    }

    /**
     * Waits until the catalogue grid shows every one of {@code texts} and returns its text. After a save the
     * grid fetches its rows in a request of its own, after the save's round trip has ended.
     */
    public String catalogueShowing(String... texts) {
        browser.waitUntil(() -> "the catalogue to show " + List.of(texts) + "; it shows: " + catalogueText(),
                d -> Arrays.stream(texts).allMatch(catalogueText()::contains));
        return catalogueText();
    }

    /**
     * The catalogue grid's text, with a cell's wrapped lines joined by spaces ("Podcast\nsponsorship"). Cells are
     * read by their content, not by WebDriver's idea of what is displayed: it skipped the top rows' wrapped cells.
     */
    public String catalogueText() {
        return (browser.find(By.id("types-grid")).getText() + " "
                + String.join(" ", browser.findAll(By.cssSelector("#types-grid vaadin-grid-cell-content")).stream()
                .map(cell -> cell.getDomProperty("textContent")).toList())).replaceAll("\\s+", " ");
    }

}
