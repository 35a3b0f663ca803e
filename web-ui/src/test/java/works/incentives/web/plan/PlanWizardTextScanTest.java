package works.incentives.web.plan;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import works.incentives.web.KaribuTest;
import works.incentives.web.TextScan;

import java.util.List;
import java.util.Locale;

/**
 * Every step of the plan wizard, rendered as a partner admin sees it: in Traditional Chinese no Latin
 * word but names and acronyms, in English no missing text (issue 15, item 3).
 */
class PlanWizardTextScanTest extends KaribuTest {

    private static final List<String> STEPS = List.of(PlanSteps.FUND, PlanSteps.BASICS, PlanSteps.CAMPAIGNS,
            PlanSteps.ACTIVITIES, PlanSteps.REVIEW);
    /** What the fake services hold: names the partner or the vendor typed. */
    private static final String[] DATA = {"Cloud launch", "300 leads", "Spring", "Leads", "LinkedIn", "CSP co-op", "CSP", "rita"};

    @Test
    void everyStepReadsInTraditionalChinese() {
        UI.getCurrent().setLocale(Locale.TRADITIONAL_CHINESE);
        for (String step : STEPS) {
            TextScan.assertAllChinese(new PlanWizardConflictTest().open(step), DATA);
            UI.getCurrent().removeAll();
        }
    }

    @Test
    void everyStepReadsInEnglish() {
        for (String step : STEPS) {
            TextScan.assertAllEnglish(new PlanWizardConflictTest().open(step), DATA);
            UI.getCurrent().removeAll();
        }
    }
}
