package works.incentives.web.account;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import works.incentives.domain.account.AccountService;
import works.incentives.domain.account.UserSummary;
import works.incentives.domain.shared.Role;
import works.incentives.web.KaribuTest;
import works.incentives.web.TextScan;
import works.incentives.web.i18n.TranslationProvider;

import java.time.Instant;
import java.util.List;

/** The API tokens view with one token listed and the users view: all Chinese in zh-TW, nothing missing in English (issue 15, item 3). */
class AccountTextScanTest extends KaribuTest {

    /** Names the users typed; the header to send and the API's address are typed as shown. */
    private static final String[] DATA = {"CRM sync", "Ann Lin", "Alex Chen", "alex", "ann",
            "Authorization: Bearer", "/api/v1/openapi"};
    private static final UserSummary ANN = new UserSummary(1, 0, "ann", "Ann Lin", Role.INCENTIVES_ADMIN, 7L, true,
            false, false, Instant.parse("2027-03-01T09:00:00Z"));

    private static Component show(String screen) {
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

    @ParameterizedTest
    @ValueSource(strings = {"api tokens", "users"})
    void readsInTraditionalChinese(String screen) {
        UI.getCurrent().setLocale(TranslationProvider.TRADITIONAL_CHINESE);
        TextScan.assertAllChinese(show(screen), DATA);
    }

    @ParameterizedTest
    @ValueSource(strings = {"api tokens", "users"})
    void readsInEnglish(String screen) {
        TextScan.assertAllEnglish(show(screen), DATA);
    }
}
