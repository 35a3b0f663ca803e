package works.incentives.web.claim;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import works.incentives.domain.shared.Problem;
import works.incentives.domain.shared.Rule;
import works.incentives.web.KaribuTest;
import works.incentives.web.TextScan;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static works.incentives.web.claim.ClaimFixtures.DIGITAL_ADS;
import static works.incentives.web.claim.ClaimFixtures.TODAY;
import static works.incentives.web.claim.ClaimFixtures.ads;
import static works.incentives.web.claim.ClaimFixtures.document;
import static works.incentives.web.claim.ClaimFixtures.draft;

/**
 * Every step of the proof-of-execution wizard with data and problems on it: in Traditional Chinese no
 * Latin word but names and acronyms, in English no missing text (issue 15, item 3).
 */
class ClaimWizardTextScanTest extends KaribuTest {

    /**
     * What the fixtures hold: names the partner typed, files, and requirement texts an admin changed from the
     * standard catalogue's (standard texts are translated per type: "Screenshot of the ad as it ran" is not here).
     */
    private static final String[] DATA = {"LinkedIn ads, first wave", "LinkedIn ads", "LinkedIn", "Logo missing on the banner",
            "PNG of the banner", "The landing page URL", "file-1.png", "image/png", "ad.png",
            "H1 FY27", "CSP co-op", "Zero-trust webinars", "Secure cloud adoption", "ann"};

    private List<Component> steps() {
        ActivityStep activity = shown(new ActivityStep());
        activity.offer(List.of(ads(11, "12000", "4500", 20), ads(12, "8000", "0", 5)));
        DetailsStep details = shown(new DetailsStep());
        details.show(draft(), ads(11, "12000", "4500", 20), DIGITAL_ADS, List.of());
        CostsStep costs = shown(new CostsStep());
        costs.show(draft(), "ann", TODAY, List.of(Problem.of(Rule.CLAIM_INVOICE_OR_SELF_CERTIFICATION_MISSING, "invoice")));
        EvidenceStep evidence = shown(new EvidenceStep());
        evidence.show(draft(document(1, "AD_SCREENSHOT", null, false)), DIGITAL_ADS, 20_000_000,
                List.of(Problem.of(Rule.CLAIM_EVIDENCE_MISSING, "evidence:LANDING_PAGE_URL", "The landing page URL")),
                Map.of("document:1", List.of("Logo missing on the banner")));
        CheckStep check = shown(new CheckStep());
        check.show(draft(), List.of(Problem.of(Rule.CLAIM_INVOICE_OR_SELF_CERTIFICATION_MISSING, "invoice")), false, TODAY);
        return List.of(activity, details, costs, evidence, check);
    }

    @Test
    void everyStepReadsInTraditionalChinese() {
        UI.getCurrent().setLocale(Locale.TRADITIONAL_CHINESE);
        steps().forEach(step -> TextScan.assertAllChinese(step, DATA));
    }

    @Test
    void everyStepReadsInEnglish() {
        steps().forEach(step -> TextScan.assertAllEnglish(step, DATA));
    }
}
