package works.incentives.domain.shared;

import org.junit.jupiter.api.Test;
import works.incentives.domain.Fixtures;
import works.incentives.domain.claim.ClaimStatus;
import works.incentives.domain.claim.RejectionReason;
import works.incentives.domain.plan.PlanStatus;
import works.incentives.domain.program.ActivityCategory;
import works.incentives.domain.program.ActivityType;
import works.incentives.domain.program.EvidenceRequirement;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The UI translates every rule, status and catalogue name from {@code web-ui/.../i18n/rules*.properties}:
 * each key the domain can produce must be in the English and the Traditional Chinese file, and
 * the English file must say what the domain's own English message says.
 */
class RuleMessagesTest {

    private static final Path DIR = Path.of("..", "web-ui", "src", "main", "resources", "i18n");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(DIR.resolve(name), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    private static List<String> keysTheDomainUses() {
        List<String> keys = new ArrayList<>();
        for (Rule rule : Rule.values()) {
            keys.add(rule.messageKey());
        }
        for (PlanStatus s : PlanStatus.values()) {
            keys.add(s.messageKey());
        }
        for (ClaimStatus s : ClaimStatus.values()) {
            keys.add(s.messageKey());
        }
        for (RejectionReason r : RejectionReason.values()) {
            keys.add(r.messageKey());
        }
        for (ActivityCategory c : ActivityCategory.values()) {
            keys.add("category." + c.name());
        }
        for (ActivityType t : new Fixtures().catalogue) {
            keys.add(t.getNameKey());
            t.getRequiredMetrics().forEach(m -> keys.add("metric." + m));
            t.getEvidenceRequirements().stream().map(EvidenceRequirement::getCode).forEach(c -> keys.add("evidence." + c));
        }
        return keys;
    }

    @Test
    void everyKeyTheDomainUsesIsTranslatedInEnglishAndTraditionalChinese() throws IOException {
        Properties en = load("rules.properties");
        Properties zh = load("rules_zh_TW.properties");
        List<String> missing = new ArrayList<>();
        for (String key : keysTheDomainUses()) {
            if (!en.containsKey(key)) {
                missing.add("en:" + key);
            }
            if (!zh.containsKey(key)) {
                missing.add("zh_TW:" + key);
            }
        }
        assertEquals(List.of(), missing);
        assertEquals(en.keySet(), zh.keySet());
    }

    @Test
    void englishTextsAreTheDomainsOwnMessagesAndEveryPatternFormats() throws IOException {
        Properties en = load("rules.properties");
        Properties zh = load("rules_zh_TW.properties");
        for (Rule rule : Rule.values()) {
            assertEquals(rule.englishPattern(), en.getProperty(rule.messageKey()), rule.name());
            Object[] args = {2, 3, 4}; // numbers: a count may choose its plural form ({0,choice,...})
            new MessageFormat(en.getProperty(rule.messageKey()), Locale.ENGLISH).format(args);
            new MessageFormat(zh.getProperty(rule.messageKey()), Locale.TRADITIONAL_CHINESE).format(args);
        }
    }
}
