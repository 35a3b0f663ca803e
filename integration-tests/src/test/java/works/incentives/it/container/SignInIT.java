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
import works.incentives.domain.shared.Role;
import works.incentives.it.container.Fixtures.World;
import works.incentives.it.container.WebClient.Answer;

import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sign-in matrix over real HTTP (the form POST the login view makes, with the page's token),
 * with the accounts prepared through the application's services: right and wrong password,
 * unknown user, throttling, the first sign-in of an invited user, and no user enumeration by
 * timing. Abuse cases (delays, deactivation, login CSRF) are in {@link SignInAbuseIT}.
 */
@ExtendWith(ArquillianExtension.class)
class SignInIT {

    @ArquillianResource
    URL base;

    @Inject
    Fixtures fixtures;

    @Inject
    AccountService accounts;

    private static final AtomicInteger NEXT_CLIENT = new AtomicInteger(10);

    /** A browser-like client at a loopback address of its own, so the throttle counts each apart. */
    private WebClient newClient() {
        int n = NEXT_CLIENT.getAndIncrement();
        return new WebClient(base, "127.1." + (n / 250) + "." + (n % 250 + 2));
    }

    private URI uri(String path) {
        return URI.create(base.toString()).resolve(path);
    }

    private static String location(Answer response) {
        assertEquals(302, response.status(), "sign-in answers with a redirect");
        return response.location();
    }

    @Test
    void theRightPasswordSignsInAndTheSessionIdChanges() throws Exception {
        World w = fixtures.world(1_000);
        WebClient browser = newClient();
        String token = browser.signInToken();
        String before = browser.sessionId();
        String target = location(browser.postSignIn(w.partnerAdmin().userName(), Fixtures.PASSWORD, token, Map.of()));
        assertEquals(uri("").getPath(), URI.create(target).getPath(), target);
        assertTrue(browser.sessionId() != null, "no session after sign-in");
        assertNotEquals(before, browser.sessionId(), "the session id must change at sign-in");
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() throws Exception {
        World w = fixtures.world(1_000);
        String wrong = location(newClient().signIn(w.partnerUser().userName(), "not the password"));
        String unknown = location(newClient().signIn("nobody-" + w.tag(), "not the password"));
        assertTrue(wrong.endsWith("login?error=invalid"), wrong);
        assertEquals(wrong, unknown);
    }

    @Test
    void anUnknownUserTakesAsLongAsAWrongPassword() throws Exception {
        World w = fixtures.world(1_000);
        newClient().signIn("warm-up-" + w.tag(), "x"); // the first unknown name creates the dummy hash
        List<Long> wrong = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        for (int attempt = 0; attempt < 4; attempt++) { // a client of its own each: no throttle delay
            int i = attempt;
            wrong.add(timed(() -> newClient().signIn(w.partnerAdmin().userName(), "wrong " + System.nanoTime())));
            unknown.add(timed(() -> newClient().signIn("nobody-" + i + "-" + w.tag(), "wrong")));
        }
        long wrongMedian = median(wrong);
        long unknownMedian = median(unknown);
        // the stock store answers unknown names ~30x faster; a shared verification keeps them alike
        assertTrue(unknownMedian * 2 >= wrongMedian,
                () -> "unknown user " + unknownMedian + " ms vs wrong password " + wrongMedian + " ms");
    }

    @Test
    void afterThreeFailuresTheClientMustWaitEvenWithTheRightPassword() throws Exception {
        World w = fixtures.world(1_000);
        String user = w.partnerUser().userName();
        WebClient client = newClient();
        String last = null;
        for (int i = 0; i < 3; i++) {
            last = location(client.signIn(user, "wrong " + i));
        }
        assertTrue(last.endsWith("login?error=invalid"), last);
        assertTrue(location(client.signIn(user, Fixtures.PASSWORD)).endsWith("login?error=locked"));
    }

    @Test
    void anUnknownNameIsThrottledTheSameWaySoADelayRevealsNothing() throws Exception {
        String name = "ghost-" + System.nanoTime();
        WebClient client = newClient();
        for (int i = 0; i < 3; i++) {
            location(client.signIn(name, "wrong " + i));
        }
        assertTrue(location(client.signIn(name, "wrong again")).endsWith("login?error=locked"));
    }

    @Test
    void anInvitedUserMustChooseAPasswordFirst() throws Exception {
        World w = fixtures.world(1_000);
        Invitation invitation = ActingAs.call(w.partnerAdmin(), () -> accounts.invite(
                new InviteUser("new-" + w.tag(), "New colleague", Role.INCENTIVES_USER, null)));
        assertEquals(w.partnerId(), invitation.user().partnerId(), "invited into the admin's own partner");
        String target = location(newClient().signIn(invitation.user().userName(), invitation.temporaryPassword()));
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
