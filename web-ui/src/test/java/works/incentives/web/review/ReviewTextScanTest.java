package works.incentives.web.review;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import works.incentives.web.KaribuTest;
import works.incentives.web.TextScan;
import works.incentives.web.i18n.TranslationProvider;

import java.util.Locale;

/** The reviewer's claim queue, claim page and plan page: all Chinese in zh-TW, nothing missing in English (issue 15, item 3). */
class ReviewTextScanTest extends KaribuTest {

    /** What the fake services hold: names typed by partners and reviewers. */
    private static final String[] DATA = {"LinkedIn ads, first wave", "media-plan.csv", "ad.png", "Media plan",
            "Contoso", "CSP co-op", "H1 FY27", "H2 FY27", "LI-42", "LinkedIn", "Landing page URL", "Cloud launch", "300 leads",
            "Audio", "Leads", "Tech podcast", "Bootcamp", "Podcast 贊助", "rita", "ann", "Claim"};

    /** With the review views' routes, which the queue links to. */
    @Override
    @BeforeEach
    protected void startVaadin() {
        System.setProperty("vaadin.i18n.provider", TranslationProvider.class.getName());
        MockVaadin.setup(new Routes().autoDiscoverViews("works.incentives.web.review"));
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    void theQueueAndTheClaimPageReadInTraditionalChinese() {
        UI.getCurrent().setLocale(Locale.TRADITIONAL_CHINESE);
        TextScan.assertAllChinese(new ClaimQueueViewTest().show(), DATA);
        UI.getCurrent().removeAll();
        TextScan.assertAllChinese(new ClaimReviewViewTest().show(), DATA);
        UI.getCurrent().removeAll();
        TextScan.assertAllChinese(new PlanReviewNamesTest().show(), DATA);
    }

    @Test
    void theQueueAndTheClaimPageReadInEnglish() {
        TextScan.assertAllEnglish(new ClaimQueueViewTest().show(), DATA);
        UI.getCurrent().removeAll();
        TextScan.assertAllEnglish(new ClaimReviewViewTest().show(), DATA);
        UI.getCurrent().removeAll();
        TextScan.assertAllEnglish(new PlanReviewNamesTest().show(), DATA);
    }
}
