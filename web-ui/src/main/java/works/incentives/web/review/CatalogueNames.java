package works.incentives.web.review;

import com.vaadin.flow.component.Component;

/**
 * Names of catalogue items (activity types, evidence requirements) in the user's language from the
 * standard catalogue's texts, falling back to the code for items a program defined itself.
 */
final class CatalogueNames {

    private CatalogueNames() {
    }

    static String activityType(Component on, String code) {
        return name(on, "activityType.", code);
    }

    static String requirement(Component on, String code) {
        return name(on, "evidence.", code);
    }

    private static String name(Component on, String prefix, String code) {
        if (code == null) {
            return "";
        }
        String text = on.getTranslation(prefix + code);
        return text.startsWith("!") ? code : text;
    }
}
