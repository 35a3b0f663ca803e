package works.incentives.web.plan;

import works.incentives.web.KaribuTest;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import works.incentives.domain.plan.PlanCommands.ActivityView;
import works.incentives.domain.plan.PlanCommands.PlanView;
import works.incentives.domain.program.ActivityCategory;
import works.incentives.domain.program.CatalogueName;
import works.incentives.domain.program.ProgramCommands.ActivityTypeView;
import works.incentives.domain.program.ProgramCommands.EvidenceRequirementData;
import works.incentives.domain.program.ProgramCommands.MetricData;
import works.incentives.domain.shared.Problem;
import works.incentives.domain.shared.Rule;
import works.incentives.web.VisibleText;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10, item 7: an activity type a program admin defined showed as {@code !activityType.CODE!}
 * in the plan wizard, and raw codes reached users ("Report the metric REGISTERED_GUESTS"). The
 * activities step (list, form, the type's rules) and the review step (summary and problems) of a
 * plan with an admin-defined type and a standard one read names in both languages, never a
 * translation marker nor an UPPER_SNAKE code.
 */
class AdminTypeNamesTest extends KaribuTest {

    static final ActivityTypeView PODCAST = new ActivityTypeView(41, "PODCAST_SPONSORSHIP",
            ActivityCategory.DEMAND_GENERATION, "activityType.PODCAST_SPONSORSHIP", null,
            List.of(new EvidenceRequirementData("EPISODE_RECORDING", "Recording of the episode", "MP3 link", true,
                    "節目錄音", "MP3 連結")),
            List.of("DOWNLOADS", "ESTIMATED_REACH"), null, new BigDecimal("5000"), null, null, null, null, false, true,
            "Podcast sponsorship", "Podcast 贊助", 2, Instant.parse("2026-12-01T09:00:00Z"), 3, false,
            List.of(new MetricData("DOWNLOADS", "Downloads", "下載次數")));

    static PlanView plan() {
        ActivityView podcast = new ActivityView(51, PODCAST.id(), PODCAST.code(), Set.of("TW"), new BigDecimal("4000"),
                Map.of("DOWNLOADS", "20000", "ESTIMATED_REACH", "50000"), "Tech podcast");
        ActivityView seminar = new ActivityView(52, Fixtures.SEMINARS.id(), Fixtures.SEMINARS.code(), Set.of("TW"),
                new BigDecimal("3000"), Map.of(), "Bootcamp");
        return Fixtures.plan(Fixtures.campaign(11, "Audio", podcast, seminar));
    }

    static List<Problem> problems() {
        return List.of(
                Problem.of(Rule.PLAN_ACTIVITY_METRIC_MISSING, "activity:52/metric:REGISTERED_GUESTS",
                        CatalogueName.standard(CatalogueName.Kind.METRIC, "REGISTERED_GUESTS")),
                Problem.of(Rule.PLAN_ACTIVITY_TYPE_DEACTIVATED, "activity:51",
                        new CatalogueName(CatalogueName.Kind.ACTIVITY_TYPE, "PODCAST_SPONSORSHIP", "Podcast sponsorship",
                                "Podcast 贊助")),
                Problem.of(Rule.PLAN_ACTIVITY_TYPE_UNKNOWN, "activity:53",
                        CatalogueName.standard(CatalogueName.Kind.ACTIVITY_TYPE, "RETIRED_OLD_TYPE")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-TW"})
    void thePlanWizardNamesAnAdminDefinedTypeItsMetricsAndEvidenceInBothLanguages(String language) {
        UI.getCurrent().setLocale(Locale.forLanguageTag(language));
        PlanView plan = plan();
        List<ActivityTypeView> types = new ArrayList<>(Fixtures.TYPES);
        types.add(PODCAST);

        ActivitiesStep activities = shown(new ActivitiesStep());
        activities.show(plan, types, new BigDecimal("20000"), problems());
        activities.open(plan.campaigns().get(0), plan.campaigns().get(0).activities().get(0));
        ReviewStep review = shown(new ReviewStep());
        review.summary.useCatalogue(types);
        review.show(plan, "CSP co-op · H2 FY27", problems(), true);

        String text = VisibleText.of(UI.getCurrent());
        assertEquals(List.of(), VisibleText.untranslated(text), text);
        boolean zh = language.startsWith("zh");
        assertTrue(text.contains(zh ? "Podcast 贊助" : "Podcast sponsorship"), text);
        assertTrue(text.contains(zh ? "下載次數" : "Downloads"), text);
        assertTrue(text.contains(zh ? "節目錄音" : "Recording of the episode"), text);
        assertTrue(text.contains(zh ? "報名來賓數" : "Registered guests"), "a standard metric's translation: " + text);
    }
}
