package works.incentives.web.account;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import works.incentives.domain.apitoken.ApiToken;
import works.incentives.domain.apitoken.ApiTokenRepository;
import works.incentives.domain.apitoken.ApiTokenService;
import works.incentives.domain.apitoken.ApiTokenService.ApiTokenView;
import works.incentives.domain.shared.Actor;
import works.incentives.web.KaribuTest;
import works.incentives.web.i18n.TranslationProvider;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import com.github.mvysny.kaributesting.v10.GridKt;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The API tokens view: a token is created with a name and shown once, only its hash is kept,
 * a nameless one is refused with a sentence, a revoked one shows as revoked and can no longer be
 * revoked; the view speaks Traditional Chinese too.
 */
class ApiTokensViewTest extends KaribuTest {

    private final List<ApiToken> stored = new ArrayList<>();
    ApiTokenService service;

    @BeforeEach
    void setUpService() {
        Clock clock = Clock.fixed(Instant.parse("2027-03-05T10:00:00Z"), ZoneOffset.UTC);
        service = new ApiTokenService(new MemoryTokens(), null,
                () -> Optional.of(Actor.partnerUser("alex", 7)), clock);
    }

    private List<ApiTokenView> listed(ApiTokensView view) {
        return view.tokens.getGenericDataView().getItems().toList();
    }

    @Test
    void aNewTokenIsShownOnceAndOnlyItsHashIsStored() throws Exception {
        ApiTokensView view = shown(new ApiTokensView(service));
        view.name.setValue("CRM sync");
        _click(view.create);
        String secret = _get(Span.class, spec -> spec.withId("api-token-secret")).getText();
        assertTrue(secret.startsWith("iwt_") && secret.length() > 40, secret);
        assertTrue(_get(Dialog.class).isOpened());
        assertEquals(1, stored.size());
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(secret.getBytes(StandardCharsets.UTF_8)));
        assertEquals(hash, stored.get(0).getTokenHash());
        assertNotEquals(secret, stored.get(0).getTokenHash());
        assertEquals(List.of("CRM sync"), listed(view).stream().map(ApiTokenView::name).toList());
        assertEquals("", view.name.getValue(), "the form is cleared for the next token");
    }

    @Test
    void aTokenWithoutANameIsRefusedWithASentence() {
        ApiTokensView view = shown(new ApiTokensView(service));
        _click(view.create);
        assertTrue(stored.isEmpty());
        assertFalse(_find(Notification.class).isEmpty(), "the refusal is shown");
        assertTrue(_find(Dialog.class).isEmpty(), "no token to show");
    }

    @Test
    void aRevokedTokenShowsAsRevokedAndCannotBeRevokedAgain() {
        ApiTokensView view = shown(new ApiTokensView(service));
        view.name.setValue("Old script");
        _click(view.create);
        _get(Dialog.class).close();
        assertTrue(GridKt._getCellComponent(view.tokens, 0, "revoke").isVisible());
        _click((Button) GridKt._getCellComponent(view.tokens, 0, "revoke"));
        ApiTokenView revoked = listed(view).get(0);
        assertFalse(revoked.active());
        assertTrue(revoked.revokedAt() != null);
        assertEquals("Revoked", view.status(revoked));
        assertFalse(GridKt._getCellComponent(view.tokens, 0, "revoke").isVisible(), "nothing left to revoke");
    }

    @Test
    void theViewSpeaksTraditionalChinese() {
        UI.getCurrent().setLocale(TranslationProvider.TRADITIONAL_CHINESE);
        ApiTokensView view = shown(new ApiTokensView(service));
        assertTrue(text(view).contains("個人 API 權杖"), text(view));
        assertEquals("建立權杖", view.create.getText());
    }

    /** The repository in memory, assigning ids as the sequence would. */
    private final class MemoryTokens implements ApiTokenRepository {

        @Override
        public ApiToken save(ApiToken token) {
            try {
                if (token.getId() == null) {
                    set(token, "id", (long) (stored.size() + 1) * 10);
                    stored.add(token);
                } else {
                    set(token, "version", token.getVersion() + 1);
                }
            } catch (ReflectiveOperationException impossible) {
                throw new IllegalStateException(impossible);
            }
            return token;
        }

        private void set(ApiToken token, String name, Object value) throws ReflectiveOperationException {
            Field field = ApiToken.class.getDeclaredField(name);
            field.setAccessible(true);
            field.set(token, value);
        }

        @Override
        public Optional<ApiToken> findById(long id) {
            return stored.stream().filter(t -> t.getId() == id).findFirst();
        }

        @Override
        public Optional<ApiToken> findByHash(String tokenHash) {
            return stored.stream().filter(t -> t.getTokenHash().equals(tokenHash)).findFirst();
        }

        @Override
        public List<ApiToken> findByUser(String userName) {
            return stored.stream().filter(t -> t.getUserName().equals(userName)).sorted((a, b) -> Long.compare(b.getId(), a.getId())).toList();
        }

        @Override
        public void recordUse(long id, Instant now, Instant notBefore) {
            // not used by the view
        }
    }
}
