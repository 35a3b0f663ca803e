package works.incentives.web.security;

import com.vaadin.flow.component.Component;
import works.incentives.domain.account.AccountService;
import works.incentives.web.ScreenTextScan;
import works.incentives.web.demo.DemoAccounts;

import java.util.List;

/** The login view (with the demo sign-ins listed) and the change of password: all Chinese in zh-TW, nothing missing in English (issue 15, item 3). */
class SignInTextScanTest extends ScreenTextScan {

    /** The demo accounts' user, person and partner names; each language named in itself in the switcher. */
    private static final String[] DATA = {"English", "繁體中文", "Alex Chen", "Ann Lin", "Bob Wang", "Rita Reviewer", "Paul Program",
            DemoAccounts.PARTNER_A, DemoAccounts.PARTNER_B, DemoAccounts.PASSWORD, "alex", "ann", "bob", "rita", "paul"};

    @Override
    protected Component show(String screen) {
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

    SignInTextScanTest() {
        super(DATA);
    }

    static List<String> screens() {
        return List.of("login", "change password");
    }
}
