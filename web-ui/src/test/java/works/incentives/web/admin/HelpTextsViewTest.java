package works.incentives.web.admin;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import works.incentives.domain.access.CurrentActor;
import works.incentives.domain.guidance.GuidanceSnippet;
import works.incentives.domain.guidance.GuidanceSnippetRepository;
import works.incentives.domain.guidance.GuidanceSnippetService;
import works.incentives.domain.shared.Actor;
import works.incentives.web.i18n.TranslationProvider;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The help texts screen: every step help key of both wizards, editing and resetting per language. */
class HelpTextsViewTest {

    /** Snippets kept in memory. */
    static class MemoryRepository implements GuidanceSnippetRepository {
        final List<GuidanceSnippet> stored = new ArrayList<>();

        @Override
        public Optional<GuidanceSnippet> findByKeyAndLanguage(String key, String language) {
            return stored.stream().filter(s -> s.getKey().equals(key) && s.getLanguage().equals(language)).findFirst();
        }

        @Override
        public List<GuidanceSnippet> findAll() {
            return stored.stream().sorted(Comparator.comparing(GuidanceSnippet::getKey)).toList();
        }

        @Override
        public GuidanceSnippet save(GuidanceSnippet snippet) {
            if (!stored.contains(snippet)) {
                try {
                    // as the sequence would on persist
                    var id = GuidanceSnippet.class.getDeclaredField("id");
                    id.setAccessible(true);
                    id.set(snippet, (long) stored.size() + 10);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                stored.add(snippet);
            }
            return snippet;
        }

        @Override
        public void delete(GuidanceSnippet snippet) {
            stored.remove(snippet);
        }
    }

    static final CurrentActor PAT = () -> Optional.of(Actor.programAdmin("pat"));
    private final MemoryRepository repository = new MemoryRepository();
    private final GuidanceSnippetService service = new GuidanceSnippetService(repository);
    private HelpTextsView view;

    @BeforeEach
    void setUp() {
        System.setProperty("vaadin.i18n.provider", TranslationProvider.class.getName());
        MockVaadin.setup();
        UI.getCurrent().setLocale(Locale.ENGLISH);
        view = new HelpTextsView(service, PAT);
        UI.getCurrent().add(view);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        System.clearProperty("vaadin.i18n.provider");
    }

    private HelpTextsView.HelpText row(String key) {
        for (int i = 0; i < GridKt._size(view.grid); i++) {
            HelpTextsView.HelpText row = GridKt._get(view.grid, i);
            if (row.key().equals(key)) {
                return row;
            }
        }
        throw new AssertionError("no row " + key);
    }

    @Test
    void everyStepOfBothWizardsIsListed() {
        List<String> keys = HelpTextsView.helpKeys();
        for (String step : List.of("fund", "basics", "campaigns", "activities", "review")) {
            assertTrue(keys.contains("step." + step + ".help"), step);
        }
        for (String step : List.of("activity", "details", "costs", "evidence", "check")) {
            assertTrue(keys.contains("claim.step." + step + ".help"), step);
        }
        assertEquals(10, keys.size(), keys.toString());
        assertEquals(10, GridKt._size(view.grid));
    }

    @Test
    void savingSetsOneLanguageAndEmptyingOrResetDropsIt() {
        view.edit(row("step.fund.help"));
        view.chineseArea.setValue("請選擇基金。");
        view.save(row("step.fund.help"));
        assertEquals(Optional.of("請選擇基金。"), service.textFor("step.fund.help", "zh-TW"));
        assertEquals(Optional.empty(), service.textFor("step.fund.help", "en"));
        assertEquals("請選擇基金。", row("step.fund.help").overrideZh());

        view.edit(row("step.fund.help"));
        assertEquals("請選擇基金。", view.chineseArea.getValue());
        view.englishArea.setValue("Pick a fund.");
        view.chineseArea.setValue("");
        view.save(row("step.fund.help"));
        assertEquals(Optional.of("Pick a fund."), service.textFor("step.fund.help", "en"));
        assertEquals(Optional.empty(), service.textFor("step.fund.help", "zh-TW"));

        view.edit(row("step.fund.help"));
        view.reset(row("step.fund.help"));
        assertEquals(List.of(), repository.stored);
    }
}
