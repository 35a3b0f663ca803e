package works.incentives.web.claim;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import works.incentives.web.i18n.TranslationProvider;

/** A mocked Vaadin UI with the real translations, in English unless a test switches. */
abstract class ClaimKaribuTest {

    @BeforeEach
    void startVaadin() {
        System.setProperty("vaadin.i18n.provider", TranslationProvider.class.getName());
        MockVaadin.setup();
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
        System.clearProperty("vaadin.i18n.provider");
    }

    static <T extends Component> T shown(T component) {
        UI.getCurrent().add(component);
        return component;
    }

    /** Every text in the component's tree, as a user would read it. */
    static String text(Component component) {
        return component.getElement().getTextRecursively();
    }
}
