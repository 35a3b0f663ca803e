package works.incentives.web;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import works.incentives.web.i18n.TranslationProvider;

import java.util.Locale;

/**
 * The language checks of issue 15, item 3 over a set of screens: each subclass names its screens in
 * a static {@code screens()} and shows one by name; both languages are scanned ({@link TextScan}).
 */
public abstract class ScreenTextScan extends KaribuTest {

    private final String[] data;

    /** {@code data}: what the fake services hold, names users typed, shown as they are in both languages. */
    protected ScreenTextScan(String... data) {
        this.data = data;
    }

    /** The screen rendered, attached to the mocked UI. */
    protected abstract Component show(String screen);

    /** What the rendered screen shows as it is; {@code other} is the language not being scanned. */
    protected String[] data(Component shown, Locale other) {
        return data;
    }

    @ParameterizedTest
    @MethodSource("screens")
    void readsInTraditionalChinese(String screen) {
        UI.getCurrent().setLocale(TranslationProvider.TRADITIONAL_CHINESE);
        Component shown = show(screen);
        TextScan.assertAllChinese(shown, data(shown, Locale.ENGLISH));
    }

    @ParameterizedTest
    @MethodSource("screens")
    void readsInEnglish(String screen) {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        Component shown = show(screen);
        TextScan.assertAllEnglish(shown, data(shown, TranslationProvider.TRADITIONAL_CHINESE));
    }
}
