package works.incentives.web;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import works.incentives.web.i18n.TranslationProvider;

import java.util.Locale;

/** The base of view tests: a mocked Vaadin UI with the real translations, in English unless a test switches. */
public abstract class KaribuTest {

    @BeforeEach
    protected void startVaadin() {
        System.setProperty("vaadin.i18n.provider", TranslationProvider.class.getName());
        MockVaadin.setup();
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    protected void stopVaadin() {
        MockVaadin.tearDown();
        System.clearProperty("vaadin.i18n.provider");
    }

    /** Attaches the component to the mocked UI, as a view would be. */
    protected static <T extends Component> T shown(T component) {
        UI.getCurrent().add(component);
        return component;
    }

    /** Every text in the component's tree, as a user would read it. */
    protected static String text(Component component) {
        return component.getElement().getTextRecursively();
    }
}
