package works.incentives.web.i18n;

import com.vaadin.flow.component.Component;
import works.incentives.domain.program.ActivityCatalog;
import works.incentives.domain.program.ActivityCategory;
import works.incentives.domain.program.ProgramCommands.ActivityTypeView;
import works.incentives.domain.program.ProgramCommands.EvidenceRequirementData;

import java.util.List;

/**
 * Names of catalogue entries in the user's language. Standard activity types, evidence
 * requirements and metrics are translated ({@code activityType.CODE}, {@code evidence.CODE},
 * {@code metric.CODE} in {@code i18n/rules*.properties}); a program admin's own types have no
 * translation, so they show the display name (and requirement description) the admin typed.
 * Use these instead of building keys by hand, so admin-defined entries never show {@code !key!}.
 */
public final class CatalogueNames {

    /** Metric codes that have a translation (the standard catalogue's). */
    public static final List<String> KNOWN_METRICS = List.of(ActivityCatalog.ESTIMATED_REACH,
            ActivityCatalog.CLICK_THROUGH_SUMMARY, ActivityCatalog.RESULTS_SUMMARY, ActivityCatalog.CALLS_MADE,
            ActivityCatalog.SUCCESSFUL_CONTACTS, ActivityCatalog.REGISTERED_GUESTS, ActivityCatalog.BOOTH_VISITORS,
            ActivityCatalog.ATTENDEE_LIST, ActivityCatalog.COST_PER_PERSON);

    private CatalogueNames() {
    }

    public static String activityType(Component ui, ActivityTypeView type) {
        return activityType(ui, type.code(), type.displayName());
    }

    /** The admin's display name when there is one, else the translation of the standard code. */
    public static String activityType(Component ui, String code, String displayName) {
        return displayName == null || displayName.isBlank() ? ui.getTranslation("activityType." + code) : displayName;
    }

    /**
     * A name from its code alone (queues and review pages hold only the code): the translation of
     * a standard item, or the code itself for one a program defined.
     */
    public static String activityType(Component ui, String code) {
        return translatedOrCode(ui, "activityType.", code);
    }

    /** An evidence requirement's name from its code alone; see {@link #activityType(Component, String)}. */
    public static String requirement(Component ui, String code) {
        return translatedOrCode(ui, "evidence.", code);
    }

    private static String translatedOrCode(Component ui, String prefix, String code) {
        if (code == null) {
            return "";
        }
        String text = ui.getTranslation(prefix + code);
        return text.startsWith("!") ? code : text;
    }

    public static String category(Component ui, ActivityCategory category) {
        return ui.getTranslation("category." + category.name());
    }

    /** Standard types' requirements are translated; an admin type's requirement shows its description. */
    public static String evidence(Component ui, ActivityTypeView type, EvidenceRequirementData requirement) {
        return type.displayName() == null || type.displayName().isBlank()
                ? ui.getTranslation("evidence." + requirement.code()) : requirement.description();
    }

    /** A known metric's translation; a free code an admin entered is shown as it is. */
    public static String metric(Component ui, String code) {
        return KNOWN_METRICS.contains(code) ? ui.getTranslation("metric." + code) : code;
    }
}
