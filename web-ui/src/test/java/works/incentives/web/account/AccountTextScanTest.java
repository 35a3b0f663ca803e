package works.incentives.web.account;

import com.vaadin.flow.component.Component;
import works.incentives.domain.account.AccountService;
import works.incentives.domain.account.UserSummary;
import works.incentives.domain.shared.Role;
import works.incentives.web.ScreenTextScan;

import java.time.Instant;
import java.util.List;

/** The API tokens view with one token listed and the users view: all Chinese in zh-TW, nothing missing in English (issue 15, item 3). */
class AccountTextScanTest extends ScreenTextScan {

    /** Names the users typed; the header to send and the API's address are typed as shown. */
    private static final String[] DATA = {"CRM sync", "Ann Lin", "Alex Chen", "alex", "ann",
            "Authorization: Bearer", "/api/v1/openapi"};
    private static final UserSummary ANN = new UserSummary(1, 0, "ann", "Ann Lin", Role.INCENTIVES_ADMIN, 7L, true,
            false, false, Instant.parse("2027-03-01T09:00:00Z"));

    @Override
    protected Component show(String screen) {
        return switch (screen) {
            case "api tokens" -> {
                ApiTokensViewTest fixture = new ApiTokensViewTest();
                fixture.setUpService();
                fixture.service.create("CRM sync", null);
                yield shown(new ApiTokensView(fixture.service));
            }
            case "users" -> shown(new UsersView(new AccountService() {
                @Override
                public UserSummary me() {
                    return ANN;
                }

                @Override
                public List<UserSummary> listManagedUsers() {
                    return List.of(ANN, new UserSummary(2, 0, "alex", "Alex Chen", Role.INCENTIVES_USER, 7L, false,
                            true, true, null));
                }
            }));
            default -> throw new IllegalArgumentException(screen);
        };
    }

    AccountTextScanTest() {
        super(DATA);
    }

    static List<String> screens() {
        return List.of("api tokens", "users");
    }
}
