package works.incentives.domain.program;

import org.junit.jupiter.api.Test;
import works.incentives.domain.Fixtures;
import works.incentives.domain.plan.Activity;
import works.incentives.domain.plan.Campaign;
import works.incentives.domain.plan.Plan;
import works.incentives.domain.plan.PlanContext;
import works.incentives.domain.shared.DomainRuleViolation;
import works.incentives.domain.shared.Problem;
import works.incentives.domain.shared.Rule;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static works.incentives.domain.Fixtures.usd;

/**
 * The activity catalogue is versioned (issue 10, item 6): an edit after plans were checked makes a
 * new revision and retires the old one, which keeps its rules for those plans; drafts move to the
 * current revision; a deactivated type is not offered but keeps working; every name a user sees
 * exists in both languages.
 */
class CatalogueRevisionTest {

    private static final Instant CHANGED = Instant.parse("2026-12-01T09:00:00Z");

    private final Fixtures f = new Fixtures();

    static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private ActivityType syndicated() {
        return withId(f.type("SYNDICATED_CONTENT"), 10L);
    }

    @Test
    void aNewRevisionKeepsTheCodeAndTheRulesAndCountsUp() {
        ActivityType first = syndicated();
        ActivityType second = first.nextRevision(CHANGED);
        assertEquals("SYNDICATED_CONTENT", second.getCode());
        assertEquals(2, second.getRevision());
        assertEquals(CHANGED, second.getRevisedAt());
        assertEquals(first.getPerPeriodCap(), second.getPerPeriodCap());
        assertEquals(first.getRequiredMetrics(), second.getRequiredMetrics());
        assertEquals(first.getEvidenceRequirements(), second.getEvidenceRequirements());
        assertEquals(1, first.getRevision());
        assertNull(first.getRevisedAt());
    }

    @Test
    void changingTheNewRevisionLeavesTheRulesPlansWereCheckedAgainstAlone() {
        ActivityType first = syndicated();
        ActivityType second = first.nextRevision(CHANGED).clearRules().capPerPeriod(usd(17_500))
                .requireEvidence(EvidenceRequirement.required("URL_OR_SCREENSHOTS", "URL", null));
        assertEquals(usd(18_750), first.getPerPeriodCap().orElseThrow());
        assertEquals(usd(17_500), second.getPerPeriodCap().orElseThrow());
        assertEquals(List.of("RESULTS_SUMMARY"), first.getRequiredMetrics());
        assertEquals(List.of(), second.getRequiredMetrics());
    }

    @Test
    void aReplacedRevisionIsRetiredAndCanNoLongerBeChanged() {
        ActivityType first = syndicated();
        ActivityType second = withId(first.nextRevision(CHANGED), 20L);
        first.replaceWith(second);
        assertTrue(first.isRetired());
        assertFalse(first.isActive(), "a retired revision is not offered");
        assertEquals(20L, first.getReplacedBy());
        assertTrue(second.isActive());
        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class, first::clearRules);
        assertEquals(Rule.ACTIVITY_TYPE_REVISION_RETIRED, refused.rule());
        assertThrows(DomainRuleViolation.class, first::deactivate);
        assertThrows(DomainRuleViolation.class, () -> first.nextRevision(CHANGED));
    }

    @Test
    void onlyALaterStoredRevisionOfTheSameTypeCanReplaceOne() {
        ActivityType first = syndicated();
        assertThrows(IllegalArgumentException.class, () -> first.replaceWith(first.nextRevision(CHANGED)),
                "not stored yet");
        assertThrows(IllegalArgumentException.class, () -> first.replaceWith(withId(f.type("DEMO_UNITS"), 30L)));
    }

    @Test
    void aDeactivatedTypeIsFlaggedInDraftsByItsNameAndCanBeOfferedAgain() {
        Plan plan = planWith(f.type("DIGITAL_ADVERTISING"));
        f.type("DIGITAL_ADVERTISING").deactivate();
        List<Problem> problems = plan.check(f.planContext());
        Problem deactivated = problems.stream().filter(p -> p.rule() == Rule.PLAN_ACTIVITY_TYPE_DEACTIVATED)
                .findFirst().orElseThrow(() -> new AssertionError(problems));
        assertEquals(CatalogueName.standard(CatalogueName.Kind.ACTIVITY_TYPE, "DIGITAL_ADVERTISING"),
                deactivated.args().get(0));
        f.type("DIGITAL_ADVERTISING").activate();
        assertEquals(List.of(), plan.check(f.planContext()));
    }

    @Test
    void aDraftMovesToTheCurrentRevisionAndIsCheckedAgainstItsRules() {
        ActivityType first = syndicated();
        Plan plan = planWith(first);
        ActivityType second = withId(first.nextRevision(CHANGED).clearRules().capPerPeriod(usd(5_000))
                .requireMetric(ActivityCatalog.RESULTS_SUMMARY), 20L);
        first.replaceWith(second);

        plan.moveToCurrentCatalogue(Map.of("SYNDICATED_CONTENT", second));

        Activity activity = plan.getCampaigns().get(0).getActivities().get(0);
        assertEquals(20L, activity.getActivityTypeId());
        assertEquals("SYNDICATED_CONTENT", activity.getActivityTypeCode());
        List<Rule> rules = plan.check(contextWith(second)).stream().map(Problem::rule).toList();
        assertEquals(List.of(Rule.PLAN_OVER_PERIOD_CAP), rules, "USD 6,000 is over the new USD 5,000 cap");
    }

    @Test
    void aSubmittedPlanKeepsTheRevisionItWasCheckedAgainst() {
        ActivityType first = syndicated();
        Plan plan = planWith(first);
        plan.submit(Fixtures.at("2027-01-10"), contextWith(first));
        ActivityType second = withId(first.nextRevision(CHANGED).clearRules().capPerPeriod(usd(5_000)), 20L);
        first.replaceWith(second);

        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class,
                () -> plan.moveToCurrentCatalogue(Map.of("SYNDICATED_CONTENT", second)));
        assertEquals(Rule.NOT_EDITABLE, refused.rule());
        assertEquals(Set.of(10L), plan.activityTypeIds());
        assertEquals(List.of(), plan.check(contextWith(first)), "checked against revision 1 it still passes");
    }

    @Test
    void standardEntriesAreNamedByTheirTranslationAndAdminEntriesByTheNamesTheAdminGave() {
        ActivityType podcast = new ActivityType(f.program, "PODCAST_SPONSORSHIP", ActivityCategory.DEMAND_GENERATION)
                .displayName("Podcast sponsorship", "Podcast 贊助")
                .requireEvidence(EvidenceRequirement.required("EPISODE_RECORDING", "Recording of the episode", null)
                        .inChinese("節目錄音", null))
                .requireMetric(new Metric("DOWNLOADS", "Downloads", "下載次數"));
        assertEquals(new CatalogueName(CatalogueName.Kind.ACTIVITY_TYPE, "PODCAST_SPONSORSHIP", "Podcast sponsorship",
                "Podcast 贊助"), podcast.name());
        assertEquals("下載次數", podcast.metricName("DOWNLOADS").nameIn(Locale.TRADITIONAL_CHINESE));
        assertEquals("Downloads", podcast.metricName("DOWNLOADS").nameIn(Locale.ENGLISH));
        assertEquals("節目錄音", podcast.requirementName("EPISODE_RECORDING").nameIn(Locale.TRADITIONAL_CHINESE));

        ActivityType seminars = f.type("SEMINARS_BOOTCAMPS");
        assertTrue(seminars.isStandard());
        assertEquals("metric.REGISTERED_GUESTS", seminars.metricName("REGISTERED_GUESTS").translationKey());
        assertNull(seminars.metricName("REGISTERED_GUESTS").name());
        assertEquals("evidence.INVITATION_AGENDA", seminars.requirementName("INVITATION_AGENDA").translationKey());
        assertNull(seminars.requirementName("INVITATION_AGENDA").name());
        assertEquals("Registered guests", seminars.metricName("REGISTERED_GUESTS").toString(),
                "English logs read a name, not a code");
    }

    @Test
    void aChineseNameNeedsAnEnglishOne() {
        ActivityType type = new ActivityType(f.program, "OWN_TYPE", ActivityCategory.DEMAND_GENERATION)
                .displayName(" ", "自有類型");
        assertTrue(type.isStandard());
        assertNull(type.getDisplayNameZh());
    }

    private Plan planWith(ActivityType type) {
        Plan plan = new Plan(f.allocation, "Plan");
        plan.updateBasics("Plan", "Leads");
        Campaign campaign = plan.addCampaign("Spring", "Leads", Fixtures.CAMPAIGN);
        Map<String, String> metrics = new java.util.HashMap<>();
        type.getRequiredMetrics().forEach(m -> metrics.put(m, "100"));
        plan.addActivity(campaign, type, Set.of("TW"), usd(6_000), metrics, "Articles");
        return plan;
    }

    private PlanContext contextWith(ActivityType revision) {
        List<ActivityType> types = new ArrayList<>(f.catalogue.stream()
                .filter(t -> !t.getCode().equals(revision.getCode())).toList());
        types.add(revision);
        return PlanContext.of(f.program, f.period, f.allocation, types);
    }
}
