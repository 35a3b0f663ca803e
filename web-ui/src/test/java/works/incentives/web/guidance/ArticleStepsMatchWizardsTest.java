package works.incentives.web.guidance;

import org.junit.jupiter.api.Test;
import works.incentives.web.KaribuTest;
import works.incentives.web.claim.ClaimWizardView;
import works.incentives.web.component.wizard.WizardStep;
import works.incentives.web.i18n.TranslationProvider;
import works.incentives.web.plan.PlanWizardView;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 15, item 6: each wizard's article walks through the wizard's own steps. Its numbered headings
 * ({@code ## 1. Program and fund {#program-and-fund}}) are the wizard's steps in order and count, named
 * as the progress indicator names them (the bundles, in each language), each the section the step's
 * first "Learn more" opens; the introduction says how many steps there are. Renaming, adding or
 * reordering a step without the article fails here.
 */
class ArticleStepsMatchWizardsTest extends KaribuTest {

    private static final Pattern NUMBERED = Pattern.compile("^## (\\d+)\\. (.+?) \\{#([a-z0-9-]+)}\\s*$",
            Pattern.MULTILINE);
    private static final Map<Locale, List<String>> COUNTS = Map.of(
            Locale.ENGLISH, List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
            Locale.TRADITIONAL_CHINESE, List.of("一", "兩", "三", "四", "五", "六", "七", "八", "九"));
    private static final Map<Locale, String> STEPS_WORD = Map.of(Locale.ENGLISH, " steps",
            Locale.TRADITIONAL_CHINESE, "個步驟");

    private final TranslationProvider translations = new TranslationProvider();

    /** The wizards as the application builds them (no service is called before a draft is entered). */
    private static List<WizardStep> planSteps() {
        return new PlanWizardView(null, null, null, null, null, null).wizard().steps();
    }

    private static List<WizardStep> claimSteps() {
        return new ClaimWizardView(null, null, null, null, null, null, null, null).wizard().steps();
    }

    @Test
    void thePlanArticleWalksThroughThePlanWizardsSteps() throws IOException {
        for (Locale language : COUNTS.keySet()) {
            assertArticleFollows(GuidanceArticle.CREATING_YOUR_PLAN, planSteps(), language);
        }
    }

    @Test
    void theProofOfExecutionArticleWalksThroughTheClaimWizardsSteps() throws IOException {
        for (Locale language : COUNTS.keySet()) {
            assertArticleFollows(GuidanceArticle.PREPARING_PROOF_OF_EXECUTION, claimSteps(), language);
        }
    }

    private void assertArticleFollows(GuidanceArticle article, List<WizardStep> steps, Locale language)
            throws IOException {
        String markdown = read(article, language);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            WizardStep step = steps.get(i);
            assertEquals(article, step.guidance().get(0).article(), step.stepId() + " links to its own article first");
            expected.add((i + 1) + ". " + translations.getTranslation(step.titleKey(), language)
                    + " #" + step.guidance().get(0).heading());
        }
        List<String> headings = new ArrayList<>();
        Matcher m = NUMBERED.matcher(markdown);
        while (m.find()) {
            headings.add(m.group(1) + ". " + m.group(2) + " #" + m.group(3));
        }
        assertEquals(expected, headings, article.slug() + " (" + language + "): the numbered headings are the steps");
        String intro = markdown.substring(markdown.indexOf('\n'), markdown.indexOf("\n## ")).strip();
        String count = COUNTS.get(language).get(steps.size() - 1) + STEPS_WORD.get(language);
        assertTrue(intro.contains(count), article.slug() + " (" + language + ") says \"" + count + "\": " + intro);
    }

    private String read(GuidanceArticle article, Locale language) throws IOException {
        String folder = language.equals(Locale.ENGLISH) ? "en" : "zh-TW";
        try (InputStream in = getClass().getResourceAsStream("/guidance/" + folder + "/" + article.slug() + ".md")) {
            assertNotNull(in, article.slug() + " in " + folder);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
