package works.incentives.web.notification;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import works.incentives.domain.shared.Actor;
import works.incentives.web.KaribuTest;
import works.incentives.web.TextScan;
import works.incentives.web.i18n.TranslationProvider;

import java.util.Locale;
import java.util.Optional;

/** The inbox and the notification settings: all Chinese in zh-TW, nothing missing in English (issue 15, item 3). */
class NotificationTextScanTest extends KaribuTest {

    /** What the fake inbox holds: names partners typed. */
    private static final String[] DATA = {"Co-op FY27", "Spring plan", "Booth photos", "No budget this year", "paula"};

    /** With the notification views' routes, as the inbox's own test starts Vaadin. */
    @Override
    @BeforeEach
    protected void startVaadin() {
        new InboxViewTest().startVaadin();
    }

    private Component show(String view) {
        return switch (view) {
            case "inbox" -> new InboxViewTest().inbox();
            case "settings" -> shown(new NotificationSettingsView(new NotificationSettingsViewTest.Choices(),
                    () -> Optional.of(Actor.partnerAdmin("paula", 7))));
            default -> throw new IllegalArgumentException(view);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"inbox", "settings"})
    void readsInTraditionalChinese(String view) {
        UI.getCurrent().setLocale(TranslationProvider.TRADITIONAL_CHINESE);
        TextScan.assertAllChinese(show(view), DATA);
    }

    @ParameterizedTest
    @ValueSource(strings = {"inbox", "settings"})
    void readsInEnglish(String view) {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        TextScan.assertAllEnglish(show(view), DATA);
    }
}
