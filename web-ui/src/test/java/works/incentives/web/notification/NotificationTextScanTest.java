package works.incentives.web.notification;

import com.vaadin.flow.component.Component;
import org.junit.jupiter.api.BeforeEach;
import works.incentives.domain.shared.Actor;
import works.incentives.web.ScreenTextScan;

import java.util.List;
import java.util.Optional;

/** The inbox and the notification settings: all Chinese in zh-TW, nothing missing in English (issue 15, item 3). */
class NotificationTextScanTest extends ScreenTextScan {

    /** What the fake inbox holds: names partners typed. */
    private static final String[] DATA = {"Co-op FY27", "Spring plan", "Booth photos", "No budget this year", "paula"};

    /** With the notification views' routes, as the inbox's own test starts Vaadin. */
    @Override
    @BeforeEach
    protected void startVaadin() {
        new InboxViewTest().startVaadin();
    }

    @Override
    protected Component show(String view) {
        return switch (view) {
            case "inbox" -> new InboxViewTest().inbox();
            case "settings" -> shown(new NotificationSettingsView(new NotificationSettingsViewTest.Choices(),
                    () -> Optional.of(Actor.partnerAdmin("paula", 7))));
            default -> throw new IllegalArgumentException(view);
        };
    }

    NotificationTextScanTest() {
        super(DATA);
    }

    static List<String> screens() {
        return List.of("inbox", "settings");
    }
}
