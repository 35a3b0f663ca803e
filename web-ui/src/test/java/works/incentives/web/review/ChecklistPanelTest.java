package works.incentives.web.review;

import works.incentives.web.KaribuTest;

import com.vaadin.flow.component.UI;


import org.junit.jupiter.api.Test;
import works.incentives.domain.shared.Money;
import works.incentives.domain.shared.Problem;
import works.incentives.domain.shared.Rule;


import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reviewer's checklist says a summed period cap is exceeded, in both languages. */
class ChecklistPanelTest extends KaribuTest {


    private static String shown(List<Problem> problems) {
        ChecklistPanel panel = new ChecklistPanel();
        UI.getCurrent().add(panel);
        panel.show(problems);
        return panel.getElement().getTextRecursively();
    }

    @Test
    void aPlanWhoseSyndicatedContentSumsOverTheCapIsFlaggedOnTheChecklist() {
        List<Problem> over = List.of(Problem.of(Rule.PLAN_OVER_PERIOD_CAP, "activity:7", Money.of("19000", "USD"),
                Money.of("18750", "USD"), Money.of("8750", "USD")));
        String english = shown(over);
        assertTrue(english.contains("would total") && english.contains("$18,750.00") && english.contains("$8,750.00")
                && !english.contains("USD"), "money reads as everywhere else: " + english);
        UI.getCurrent().setLocale(Locale.TRADITIONAL_CHINESE);
        String chinese = shown(over);
        assertTrue(chinese.contains("上限為") && chinese.contains("US$18,750.00"), chinese);
    }
}
