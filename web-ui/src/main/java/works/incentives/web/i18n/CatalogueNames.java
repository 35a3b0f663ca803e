package works.incentives.web.i18n;

import com.vaadin.flow.component.Component;
import works.incentives.domain.program.ActivityCatalog;
import works.incentives.domain.program.ActivityCategory;
import works.incentives.domain.program.CatalogueName;
import works.incentives.domain.program.ProgramCommands.ActivityTypeView;
import works.incentives.domain.program.ProgramCommands.EvidenceRequirementData;

import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Names of catalogue entries in the user's language: the one place where an activity type, metric
 * or evidence-requirement code becomes what a user reads. An admin's own entries carry names in
 * English and Traditional Chinese ({@link CatalogueName}); standard ones are translated from
 * {@code activityType.CODE}, {@code evidence.CODE}, {@code metric.CODE} in {@code i18n/rules*.properties};
 * an old entry nobody named shows its code made readable ("Registered guests"), never a raw
 * {@code UPPER_SNAKE} code nor a {@code !key!} marker. Rule messages carry {@link CatalogueName}s
 * as arguments; {@link #arguments} names them.
 */
public final class CatalogueNames {

    /** The component's language: its UI's, else the current UI's (components not attached yet). */
    public static Locale locale(Component ui) {
        return ui.getUI().or(() -> java.util.Optional.ofNullable(com.vaadin.flow.component.UI.getCurrent()))
                .map(com.vaadin.flow.component.UI::getLocale).orElse(Locale.ENGLISH);
    }

    /** Metric codes that have a translation (the standard catalogue's). */
    public static final List<String> KNOWN_METRICS = List.of(ActivityCatalog.ESTIMATED_REACH,
            ActivityCatalog.CLICK_THROUGH_SUMMARY, ActivityCatalog.RESULTS_SUMMARY, ActivityCatalog.CALLS_MADE,
            ActivityCatalog.SUCCESSFUL_CONTACTS, ActivityCatalog.REGISTERED_GUESTS, ActivityCatalog.BOOTH_VISITORS,
            ActivityCatalog.ATTENDEE_LIST, ActivityCatalog.COST_PER_PERSON);

    private CatalogueNames() {
    }

    /** The name in the component's language: the admin's, else the bundles' translation, else the readable code. */
    public static String name(Component ui, CatalogueName name) {
        if (name == null || name.code() == null) {
            return "";
        }
        Locale locale = locale(ui);
        boolean chinese = "zh".equals(locale.getLanguage());
        if (chinese && name.nameZh() != null) {
            return name.nameZh();
        }
        if (!chinese && name.name() != null) {
            return name.name();
        }
        if (TranslationProvider.hasText(name.translationKey(), locale)) {
            return ui.getTranslation(name.translationKey());
        }
        return name.name() != null ? name.name() : name.readableCode();
    }

    public static String activityType(Component ui, ActivityTypeView type) {
        return name(ui, type.typeName());
    }

    /** The admin's display name when there is one, else the translation of the standard code. */
    public static String activityType(Component ui, String code, String displayName) {
        return name(ui, new CatalogueName(CatalogueName.Kind.ACTIVITY_TYPE, code, displayName, null));
    }

    /** A type's name from its code alone (queues, claim pages): a standard translation or the readable code. */
    public static String activityType(Component ui, String code) {
        return name(ui, CatalogueName.standard(CatalogueName.Kind.ACTIVITY_TYPE, code));
    }

    /** A type's name by its code, looked up in the catalogue the screen has (the admin's names for admin types). */
    public static String activityType(Component ui, Collection<ActivityTypeView> catalogue, String code) {
        return catalogue.stream().filter(t -> t.code().equals(code)).findFirst()
                .map(t -> activityType(ui, t)).orElseGet(() -> activityType(ui, code));
    }

    /** A metric of a type, by the type's code, looked up in the catalogue the screen has. */
    public static String metric(Component ui, Collection<ActivityTypeView> catalogue, String typeCode, String metricCode) {
        return catalogue.stream().filter(t -> t.code().equals(typeCode)).findFirst()
                .map(t -> metric(ui, t, metricCode)).orElseGet(() -> metric(ui, metricCode));
    }

    public static String metric(Component ui, ActivityTypeView type, String metricCode) {
        return type == null ? metric(ui, metricCode) : name(ui, type.metricName(metricCode));
    }

    /** A metric's name from its code alone: a standard translation or the readable code. */
    public static String metric(Component ui, String code) {
        return name(ui, CatalogueName.standard(CatalogueName.Kind.METRIC, code));
    }

    /** An evidence requirement's name from its code alone; see {@link #activityType(Component, String)}. */
    public static String requirement(Component ui, String code) {
        return name(ui, CatalogueName.standard(CatalogueName.Kind.EVIDENCE, code));
    }

    /** A requirement of a type: the admin's description for admin requirements, the translation for standard ones. */
    public static String evidence(Component ui, ActivityTypeView type, EvidenceRequirementData requirement) {
        return name(ui, type.evidenceName(requirement));
    }

    /** A requirement by its code, looked up in the type when the screen has it. */
    public static String requirement(Component ui, ActivityTypeView type, String code) {
        if (type == null) {
            return requirement(ui, code);
        }
        return type.evidence().stream().filter(r -> r.code().equals(code)).findFirst()
                .map(r -> evidence(ui, type, r)).orElseGet(() -> requirement(ui, code));
    }

    /** The requirement's example in the user's language, or null. */
    public static String example(Component ui, EvidenceRequirementData requirement) {
        return example(ui, null, requirement);
    }

    /**
     * What counts as proof for a requirement of the type {@code typeCode}, in the user's language: the
     * admin's Chinese, else the standard catalogue's translation ({@code evidenceText.TYPE.CODE}) while the
     * requirement keeps the standard English text, else the text as entered.
     */
    public static String description(Component ui, String typeCode, EvidenceRequirementData requirement) {
        return standardText(ui, "evidenceText.", typeCode, requirement, requirement.description(),
                requirement.descriptionZh());
    }

    /** The requirement's example the same way ({@code evidenceExample.TYPE.CODE}), or null. */
    public static String example(Component ui, String typeCode, EvidenceRequirementData requirement) {
        return standardText(ui, "evidenceExample.", typeCode, requirement, requirement.example(), requirement.exampleZh());
    }

    private static String standardText(Component ui, String prefix, String typeCode, EvidenceRequirementData requirement,
                                       String english, String chinese) {
        Locale locale = locale(ui);
        if (!"zh".equals(locale.getLanguage()) || chinese != null) {
            return "zh".equals(locale.getLanguage()) ? chinese : english;
        }
        String key = prefix + typeCode + "." + requirement.code();
        boolean standard = typeCode != null && english != null && TranslationProvider.hasText(key, locale)
                && english.equals(ui.getTranslation(Locale.ENGLISH, key));
        return standard ? ui.getTranslation(locale, key) : english;
    }

    public static String category(Component ui, ActivityCategory category) {
        return ui.getTranslation("category." + category.name());
    }

    /** "Catalogue revision 2, changed 1 Dec 2026" (or "as first set up"): which rules apply. */
    public static String revision(Component ui, ActivityTypeView type) {
        if (type.revisedAt() == null) {
            return ui.getTranslation("catalogue.revision.original", type.revision());
        }
        String date = LocalFormats.date(type.revisedAt().atZone(ZoneOffset.UTC).toLocalDate(), locale(ui));
        return ui.getTranslation("catalogue.revision.changed", type.revision(), date);
    }

    /** A rule message's arguments with every catalogue name in the component's language. */
    public static Object[] arguments(Component ui, List<Object> args) {
        return args.stream().map(a -> a instanceof CatalogueName n ? name(ui, n) : a).toArray();
    }
}
