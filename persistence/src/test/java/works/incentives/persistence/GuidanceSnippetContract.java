package works.incentives.persistence;

import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;
import works.incentives.domain.guidance.GuidanceSnippet;
import works.incentives.domain.guidance.GuidanceSnippetService;
import works.incentives.domain.shared.Actor;
import works.incentives.domain.shared.DomainRuleViolation;
import works.incentives.domain.shared.Rule;

import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Guidance snippets on every database: save, override, reset, one text per key and language. */
abstract class GuidanceSnippetContract {

    static final Actor ADMIN = Actor.programAdmin("pat");

    abstract TestDatabase db();

    static String uniqueKey() {
        return "step.t" + UUID.randomUUID().toString().substring(0, 8) + ".help";
    }

    private <T> T withService(java.util.function.Function<GuidanceSnippetService, T> work) {
        return db().inTransaction(em -> work.apply(new GuidanceSnippetService(new JpaGuidanceSnippetRepository(em))));
    }

    @Test
    void aSavedTextIsFoundForItsKeyAndLanguageOnly() {
        String key = uniqueKey();
        withService(s -> s.save(key, "zh-TW", "  請先選擇基金。 ", ADMIN));
        assertEquals(Optional.of("請先選擇基金。"), withService(s -> s.textFor(key, "zh-TW")));
        assertEquals(Optional.empty(), withService(s -> s.textFor(key, "en")));
        assertEquals(Optional.empty(), withService(s -> s.textFor(uniqueKey(), "zh-TW")));
        assertTrue(withService(s -> s.list()).stream().anyMatch(v -> v.key().equals(key) && v.language().equals("zh-TW")));
    }

    @Test
    void savingAgainOverridesTheTextInTheSameRow() {
        String key = uniqueKey();
        long id = withService(s -> s.save(key, "en", "First", ADMIN)).id();
        var second = withService(s -> s.save(key, "en", "Second", ADMIN));
        assertEquals(id, second.id());
        assertEquals(Optional.of("Second"), withService(s -> s.textFor(key, "en")));
        assertEquals(1, withService(s -> s.list()).stream().filter(v -> v.key().equals(key)).count());
    }

    @Test
    void resetDropsTheOverrideOfOneLanguage() {
        String key = uniqueKey();
        withService(s -> s.save(key, "en", "English", ADMIN));
        withService(s -> s.save(key, "zh-TW", "中文", ADMIN));
        boolean first = withService(s -> s.reset(key, "en", ADMIN));
        boolean again = withService(s -> s.reset(key, "en", ADMIN));
        assertTrue(first);
        assertFalse(again);
        assertEquals(Optional.empty(), withService(s -> s.textFor(key, "en")));
        assertEquals(Optional.of("中文"), withService(s -> s.textFor(key, "zh-TW")));
    }

    @Test
    void blankTextAndOtherActorsAreRefused() {
        String key = uniqueKey();
        DomainRuleViolation blank = assertThrows(DomainRuleViolation.class,
                () -> withService(s -> s.save(key, "en", "  ", ADMIN)));
        assertEquals(Rule.VALUE_REQUIRED, blank.rule());
        assertEquals("text", blank.args().get(0));
        DomainRuleViolation reviewer = assertThrows(DomainRuleViolation.class,
                () -> withService(s -> s.save(key, "en", "Text", Actor.reviewer("rita"))));
        assertEquals(Rule.NOT_PERMITTED, reviewer.rule());
        assertThrows(DomainRuleViolation.class, () -> withService(s -> s.reset(key, "en", Actor.partnerAdmin("ann", 1))));
        assertEquals(Optional.empty(), withService(s -> s.textFor(key, "en")));
    }

    @Test
    void theDatabaseKeepsOneTextPerKeyAndLanguage() {
        String key = uniqueKey();
        db().run(em -> new JpaGuidanceSnippetRepository(em).save(new GuidanceSnippet(key, "en", "One")));
        assertThrows(PersistenceException.class, () -> db().run(em -> {
            new JpaGuidanceSnippetRepository(em).save(new GuidanceSnippet(key, "en", "Two"));
            em.flush();
        }));
        assertEquals(Optional.of("One"), withService(s -> s.textFor(key, "en")));
    }
}
