package works.incentives.web.security;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import works.incentives.domain.account.AccountService;
import works.incentives.web.KaribuTest;
import works.incentives.web.TextScan;
import works.incentives.web.demo.DemoAccounts;
import works.incentives.web.i18n.TranslationProvider;

/** The login view (with the demo sign-ins listed) and the change of password: all Chinese in zh-TW, nothing missing in English (issue 15, item 3). */
class SignInTextScanTest extends KaribuTest {

    /** The demo accounts' user, person and partner names; each language named in itself in the switcher. */
    private static final String[] DATA = {"English", "繁體中文", "Alex Chen", "Ann Lin", "Bob Wang", "Rita Reviewer", "Paul Program",
            DemoAccounts.PARTNER_A, DemoAccounts.PARTNER_B, DemoAccounts.PASSWORD, "alex", "ann", "bob", "rita", "paul"};

    private static Component show(String screen) {
        return switch (screen) {
            case "login" -> shown(new LoginView(new DemoAccounts() {
                @Override
                public boolean enabled() {
                    return true;
                }
            }));
            case "change password" -> shown(new ChangePasswordView(new AccountService() { }));
            default -> throw new IllegalArgumentException(screen);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"login", "change password"})
    void readsInTraditionalChinese(String screen) {
        UI.getCurrent().setLocale(TranslationProvider.TRADITIONAL_CHINESE);
        TextScan.assertAllChinese(show(screen), DATA);
    }

    @ParameterizedTest
    @ValueSource(strings = {"login", "change password"})
    void readsInEnglish(String screen) {
        TextScan.assertAllEnglish(show(screen), DATA);
    }
}
