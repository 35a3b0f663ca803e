package works.incentives.web.review;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import works.incentives.domain.audit.HistoryView;
import works.incentives.domain.fund.AllocationService;
import works.incentives.domain.fund.AllocationService.AllocationView;
import works.incentives.domain.partner.PartnerService;
import works.incentives.domain.partner.PartnerService.PartnerView;
import works.incentives.domain.plan.PlanCommands.ActivityView;
import works.incentives.domain.plan.PlanCommands.CampaignView;
import works.incentives.domain.plan.PlanCommands.PlanView;
import works.incentives.domain.plan.PlanService;
import works.incentives.domain.plan.PlanStatus;
import works.incentives.domain.program.ActivityCategory;
import works.incentives.domain.program.CatalogueName;
import works.incentives.domain.program.ProgramCommands.ActivityTypeView;
import works.incentives.domain.program.ProgramCommands.EvidenceRequirementData;
import works.incentives.domain.program.ProgramCommands.MetricData;
import works.incentives.domain.program.ProgramService;
import works.incentives.domain.program.ProgramSummary;
import works.incentives.domain.shared.Actor;
import works.incentives.domain.shared.Problem;
import works.incentives.domain.shared.Rule;
import works.incentives.web.VisibleText;
import works.incentives.web.i18n.TranslationProvider;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reviewer's plan page for a plan with a program admin's own type (issue 10, items 6 and 7):
 * every name in both languages (no {@code !key!}, no raw code), and each activity shows the
 * catalogue revision it is checked against with that revision's caps.
 */
class PlanReviewNamesTest {

    static final ActivityTypeView PODCAST_REVISION_1 = new ActivityTypeView(41, "PODCAST_SPONSORSHIP",
            ActivityCategory.DEMAND_GENERATION, "activityType.PODCAST_SPONSORSHIP", null,
            List.of(new EvidenceRequirementData("EPISODE_RECORDING", "Recording of the episode", null, true,
                    "節目錄音", null)),
            List.of("DOWNLOADS"), null, new BigDecimal("5000"), null, null, null, null, false, false,
            "Podcast sponsorship", "Podcast 贊助", 1, null, 4, true,
            List.of(new MetricData("DOWNLOADS", "Downloads", "下載次數")));
    static final ActivityTypeView SEMINARS_REVISION_2 = new ActivityTypeView(62, "SEMINARS_BOOTCAMPS",
            ActivityCategory.MARKET_DEVELOPMENT, "activityType.SEMINARS_BOOTCAMPS", null,
            List.of(new EvidenceRequirementData("INVITATION_AGENDA", "Agenda", null, true)),
            List.of("REGISTERED_GUESTS"), null, new BigDecimal("9000"), null, null, null, null, true, true,
            null, null, 2, Instant.parse("2026-12-01T09:00:00Z"), 1, false, List.of());

    @BeforeEach
    void setUp() {
        System.setProperty("vaadin.i18n.provider", TranslationProvider.class.getName());
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        System.clearProperty("vaadin.i18n.provider");
    }

    private static PlanView plan() {
        ActivityView podcast = new ActivityView(51, 41L, "PODCAST_SPONSORSHIP", Set.of("TW"), new BigDecimal("4000"),
                Map.of("DOWNLOADS", "20000"), "Tech podcast");
        ActivityView seminar = new ActivityView(52, 62L, "SEMINARS_BOOTCAMPS", Set.of("TW"), new BigDecimal("3000"),
                Map.of("REGISTERED_GUESTS", "80"), "Bootcamp");
        CampaignView campaign = new CampaignView(11, "Audio", "Leads", LocalDate.of(2027, 2, 1),
                LocalDate.of(2027, 3, 31), new BigDecimal("7000"), List.of(podcast, seminar));
        return new PlanView(5, 3, 1, 2, 9, 3, "USD", "Cloud launch", "300 leads", "rita", PlanStatus.SUBMITTED,
                new BigDecimal("7000"), null, Instant.EPOCH, null, null, List.of(campaign));
    }

    /** The page over the fake services (also the text scan's fixture). */
    PlanReviewView show() {
        PlanService plans = new PlanService() {
            @Override
            public PlanView get(long planId, Actor actor) {
                return plan();
            }

            @Override
            public List<Problem> check(long planId, Actor actor) {
                return List.of(Problem.of(Rule.PLAN_ACTIVITY_METRIC_MISSING, "activity:51/metric:LISTENERS",
                        new CatalogueName(CatalogueName.Kind.METRIC, "LISTENERS", "Listeners", "聽眾數")));
            }

            @Override
            public List<HistoryView> history(long planId, Actor actor) {
                return List.of();
            }

            @Override
            public List<ActivityTypeView> catalogueOf(long planId, Actor actor) {
                return List.of(PODCAST_REVISION_1, SEMINARS_REVISION_2);
            }
        };
        AllocationService allocations = new AllocationService() {
            @Override
            public AllocationView get(long allocationId, Actor actor) {
                return new AllocationView(9, 0, 1, 2, 3, "H2 FY27", "USD", new BigDecimal("30000"), BigDecimal.ZERO,
                        new BigDecimal("30000"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                        new BigDecimal("30000"), new BigDecimal("30000"), false, LocalDate.of(2027, 8, 14), 200);
            }
        };
        PartnerService partners = new PartnerService() {
            @Override
            public List<PartnerView> list(Actor actor) {
                return List.of(new PartnerView(1, 0, "Contoso", "TW"));
            }
        };
        ProgramService programs = new ProgramService() {
            @Override
            public List<ProgramSummary> listPrograms() {
                return List.of(new ProgramSummary(2, "CSP co-op", 2027, "USD", true));
            }
        };
        PlanReviewView view = new PlanReviewView(plans, allocations, partners, programs,
                () -> Optional.of(Actor.reviewer("rita")));
        UI.getCurrent().add(view);
        view.load(5);
        return view;
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-TW"})
    void everyCatalogueNameIsReadableInBothLanguages(String language) {
        UI.getCurrent().setLocale(Locale.forLanguageTag(language));
        PlanReviewView view = show();
        String text = VisibleText.of(view);
        assertEquals(List.of(), VisibleText.untranslated(text), text);
        boolean zh = language.startsWith("zh");
        assertTrue(text.contains(zh ? "Podcast 贊助" : "Podcast sponsorship"), text);
        assertTrue(text.contains(zh ? "下載次數" : "Downloads"), text);
        assertTrue(text.contains(zh ? "聽眾數" : "Listeners"), "the checklist names the admin's metric: " + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-TW"})
    void eachActivityShowsTheCatalogueRevisionItIsCheckedAgainstWithItsCaps(String language) {
        UI.getCurrent().setLocale(Locale.forLanguageTag(language));
        PlanReviewView view = show();
        String podcast = _get(view, com.vaadin.flow.component.html.Paragraph.class,
                spec -> spec.withId("activity-rules-51")).getText();
        String seminars = _get(view, com.vaadin.flow.component.html.Paragraph.class,
                spec -> spec.withId("activity-rules-52")).getText();
        if (language.equals("en")) {
            assertTrue(podcast.startsWith("Catalogue revision 1, as first set up"), podcast);
            assertTrue(podcast.contains("$5,000.00"), podcast);
            assertTrue(seminars.startsWith("Catalogue revision 2, changed Dec 1, 2026"), seminars);
            assertTrue(seminars.contains("$9,000.00"), seminars);
        } else {
            assertTrue(podcast.startsWith("活動目錄第 1 版"), podcast);
            assertTrue(seminars.startsWith("活動目錄第 2 版，變更於"), seminars);
        }
    }
}
