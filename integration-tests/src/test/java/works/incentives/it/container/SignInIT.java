package works.incentives.it.container;

import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import works.incentives.domain.access.ActingAs;
import works.incentives.domain.account.AccountService;
import works.incentives.domain.account.InviteUser;
import works.incentives.domain.account.Invitation;
import works.incentives.domain.account.UserSummary;
import works.incentives.domain.shared.Role;
import works.incentives.it.container.Fixtures.World;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sign-in matrix over real HTTP (the form POST the login view makes), with the accounts
 * prepared through the application's services: right and wrong password, unknown user, lockout,
 * deactivation, the first sign-in of an invited user, and no user enumeration by timing.
 */
@ExtendWith(ArquillianExtension.class)
class SignInIT {

    @ArquillianResource
    URL base;

    @Inject
    Fixtures fixtures;

    @Inject
    AccountService accounts;

    /** A browser-like client: keeps cookies, does not follow redirects. */
    private static final class Client {
        final CookieManager cookies = new CookieManager();
        final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();

        String sessionId() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                    .map(HttpCookie::getValue).findFirst().orElse(null);
        }
    }

    private URI uri(String path) {
        return URI.create(base.toString()).resolve(path);
    }

    private HttpResponse<String> get(Client client, String path) throws Exception {
        return client.http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> signIn(Client client, String user, String password) throws Exception {
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return client.http.send(HttpRequest.newBuilder(uri("j_security_check"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String location(HttpResponse<?> response) {
        assertEquals(302, response.statusCode(), "sign-in answers with a redirect");
        return response.headers().firstValue("Location").orElseThrow();
    }

    @Test
    void theRightPasswordSignsInAndTheSessionIdChanges() throws Exception {
        World w = fixtures.world(1_000);
        Client browser = new Client();
        get(browser, "login");
        String before = browser.sessionId();
        String target = location(signIn(browser, w.partnerAdmin().userName(), Fixtures.PASSWORD));
        assertEquals(uri("").getPath(), URI.create(target).getPath(), target);
        assertTrue(browser.sessionId() != null, "no session after sign-in");
        assertNotEquals(before, browser.sessionId(), "the session id must change at sign-in");
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() throws Exception {
        World w = fixtures.world(1_000);
        String wrong = location(signIn(new Client(), w.partnerUser().userName(), "not the password"));
        String unknown = location(signIn(new Client(), "nobody-" + w.tag(), "not the password"));
        assertTrue(wrong.endsWith("login?error=invalid"), wrong);
        assertEquals(wrong, unknown);
    }

    @Test
    void anUnknownUserTakesAsLongAsAWrongPassword() throws Exception {
        World w = fixtures.world(1_000);
        signIn(new Client(), "warm-up-" + w.tag(), "x"); // the first unknown name creates the dummy hash
        List<Long> wrong = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        for (int attempt = 0; attempt < 4; attempt++) { // stays under the lockout threshold of five
            int i = attempt;
            wrong.add(timed(() -> signIn(new Client(), w.partnerAdmin().userName(), "wrong " + System.nanoTime())));
            unknown.add(timed(() -> signIn(new Client(), "nobody-" + i + "-" + w.tag(), "wrong")));
        }
        long wrongMedian = median(wrong);
        long unknownMedian = median(unknown);
        // the stock store answers unknown names ~30x faster; a shared verification keeps them alike
        assertTrue(unknownMedian * 2 >= wrongMedian,
                () -> "unknown user " + unknownMedian + " ms vs wrong password " + wrongMedian + " ms");
    }

    @Test
    void fiveFailuresLockTheAccountEvenForTheRightPassword() throws Exception {
        World w = fixtures.world(1_000);
        String user = w.partnerUser().userName();
        String last = null;
        for (int i = 0; i < 5; i++) {
            last = location(signIn(new Client(), user, "wrong " + i));
        }
        assertTrue(last.endsWith("login?error=locked"), last);
        assertTrue(location(signIn(new Client(), user, Fixtures.PASSWORD)).endsWith("login?error=locked"));
    }

    @Test
    void anUnknownNameIsLockedTheSameWaySoALockRevealsNothing() throws Exception {
        String name = "ghost-" + System.nanoTime();
        String last = null;
        for (int i = 0; i < 5; i++) {
            last = location(signIn(new Client(), name, "wrong " + i));
        }
        assertTrue(last.endsWith("login?error=locked"), last);
    }

    @Test
    void aDeactivatedUserCannotSignInAndOnlyTheRightPasswordTellsWhy() throws Exception {
        World w = fixtures.world(1_000);
        UserSummary user = ActingAs.call(w.partnerAdmin(), () -> accounts.listManagedUsers()).stream()
                .filter(u -> u.userName().equals(w.partnerUser().userName())).findFirst().orElseThrow();
        ActingAs.run(w.partnerAdmin(), () -> accounts.deactivate(user.id(), user.version()));
        assertTrue(location(signIn(new Client(), user.userName(), Fixtures.PASSWORD)).endsWith("login?error=deactivated"));
        assertTrue(location(signIn(new Client(), user.userName(), "wrong")).endsWith("login?error=invalid"));
    }

    @Test
    void anInvitedUserMustChooseAPasswordFirst() throws Exception {
        World w = fixtures.world(1_000);
        Invitation invitation = ActingAs.call(w.partnerAdmin(), () -> accounts.invite(
                new InviteUser("new-" + w.tag(), "New colleague", Role.INCENTIVES_USER, null)));
        assertEquals(w.partnerId(), invitation.user().partnerId(), "invited into the admin's own partner");
        String target = location(signIn(new Client(), invitation.user().userName(), invitation.temporaryPassword()));
        assertTrue(target.endsWith("/change-password"), target);
    }

    private interface Call {
        Object run() throws Exception;
    }

    private static long timed(Call call) throws Exception {
        long start = System.nanoTime();
        call.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
