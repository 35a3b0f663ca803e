package works.incentives.web.guidance;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every "Learn more" link the screens declare ({@code static final GuidanceLink}) must land on a
 * heading that exists in English and in Traditional Chinese: renaming a heading id in an article
 * breaks this test, not a user's click.
 */
class HelpLinksTest {

    private final GuidanceLibrary library = new GuidanceLibrary();

    /** Stands in for a wizard that links to a heading no article has. */
    static final class WizardWithABrokenLink {
        static final GuidanceLink BROKEN = new GuidanceLink(GuidanceArticle.ACTIVITY_TYPES, "no-such-heading");
        static final GuidanceLink FINE = new GuidanceLink(GuidanceArticle.ACTIVITY_TYPES, "caps");
    }

    @Test
    void everyHelpLinkOfTheScreensLandsOnAHeadingInEveryLanguage() {
        JavaClasses screens = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("works.incentives.web");
        assertTrue(screens.contain(GuidanceView.class), "the web classes were imported");
        Map<String, GuidanceLink> links = helpLinks(screens);
        assertEquals(List.of(), missingHeadings(links));
    }

    @Test
    void aLinkToAMissingHeadingIsFoundAndReported() {
        Map<String, GuidanceLink> links = helpLinks(new ClassFileImporter().importClasses(WizardWithABrokenLink.class));
        assertEquals(2, links.size(), "both constants found: " + links);
        List<String> missing = missingHeadings(links);
        assertEquals(2, missing.size(), "missing in both languages: " + missing);
        assertTrue(missing.get(0).contains("WizardWithABrokenLink.BROKEN"), missing.get(0));
        assertTrue(missing.get(0).contains("no-such-heading"), missing.get(0));
    }

    /** The values of every {@code static final GuidanceLink} field, by {@code Class.FIELD}. */
    static Map<String, GuidanceLink> helpLinks(JavaClasses classes) {
        Map<String, GuidanceLink> links = new LinkedHashMap<>();
        for (var javaClass : classes) {
            for (JavaField field : javaClass.getFields()) {
                if (field.getModifiers().contains(JavaModifier.STATIC)
                        && field.getModifiers().contains(JavaModifier.FINAL)
                        && field.getRawType().isEquivalentTo(GuidanceLink.class)) {
                    links.put(javaClass.getSimpleName() + "." + field.getName(), valueOf(field.reflect()));
                }
            }
        }
        return links;
    }

    private static GuidanceLink valueOf(Field field) {
        try {
            field.setAccessible(true);
            return (GuidanceLink) field.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError("cannot read " + field, e);
        }
    }

    private List<String> missingHeadings(Map<String, GuidanceLink> links) {
        List<String> missing = new ArrayList<>();
        links.forEach((name, link) -> {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.TRADITIONAL_CHINESE)) {
                if (!library.hasHeading(link, locale)) {
                    missing.add(name + " -> " + link.href() + " (" + locale.toLanguageTag() + ")");
                }
            }
        });
        return missing;
    }
}
