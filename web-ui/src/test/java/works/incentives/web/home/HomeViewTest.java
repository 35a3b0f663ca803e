package works.incentives.web.home;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import works.incentives.domain.program.Program;
import works.incentives.domain.program.ProgramRepository;
import works.incentives.domain.program.ProgramService;
import works.incentives.web.i18n.TranslationProvider;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;

class HomeViewTest {

    /** The real service over an in-memory store: the view's logic without a database. */
    static final class InMemoryPrograms implements ProgramRepository {
        final List<Program> saved = new ArrayList<>();

        @Override
        public List<Program> findAllOrderedByYearAndName() {
            return saved.stream().sorted(Comparator.comparing(Program::getProgramYear).reversed()
                    .thenComparing(Program::getName)).toList();
        }

        @Override
        public Optional<Program> findById(long id) {
            return Optional.empty();
        }

        @Override
        public Program save(Program program) {
            try { // the id a database sequence would give
                java.lang.reflect.Field id = Program.class.getDeclaredField("id");
                id.setAccessible(true);
                id.set(program, (long) saved.size() + 1);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            saved.add(program);
            return program;
        }

        @Override
        public long count() {
            return saved.size();
        }
    }

    private final InMemoryPrograms repository = new InMemoryPrograms();

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

    private HomeView show() {
        HomeView view = new HomeView(new ProgramService(repository));
        UI.getCurrent().add(view);
        return view;
    }

    @Test
    void listsTheProgramsNewestYearFirst() {
        repository.save(new Program("Older co-op", 2026, java.util.Currency.getInstance("USD"), true));
        repository.save(new Program("Newer co-op", 2027, java.util.Currency.getInstance("EUR"), false));
        HomeView view = show();
        assertEquals(2, GridKt._size(view.programs));
        assertEquals("Newer co-op", GridKt._get(view.programs, 0).name());
        assertEquals("FY27", GridKt.getPresentationValue(view.programs.getColumns().get(1), GridKt._get(view.programs, 0)));
    }

    @Test
    void theHeadingFollowsTheSessionLanguage() {
        show();
        assertEquals("Co-op programs", _get(H1.class, spec -> spec.withId("home-heading")).getText());
        VaadinSession.getCurrent().setLocale(Locale.TRADITIONAL_CHINESE);
        assertEquals("共同行銷計畫", _get(H1.class, spec -> spec.withId("home-heading")).getText());
    }
}
