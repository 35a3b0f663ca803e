package works.incentives.it.container;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import works.incentives.domain.access.ActingAs;
import works.incentives.domain.account.AccountService;
import works.incentives.domain.account.InviteUser;
import works.incentives.domain.account.SignInFailureRepository;
import works.incentives.domain.account.SignInThrottle;
import works.incentives.domain.account.UserSummary;
import works.incentives.domain.shared.Role;
import works.incentives.it.container.Fixtures.World;
import works.incentives.it.container.WebClient.Answer;

import java.net.URL;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sign-in abuse over real HTTP (issue 11): growing delays per client and name, no lockout of
 * one person by another's failures, failures counted in the database, a deactivated account
 * indistinguishable from a wrong password, login CSRF refused, and invitations that reveal no
 * names of other organizations. Each test plays its clients from loopback addresses of its own
 * (127.0.x.y), so tests do not share throttle counts.
 */
@ExtendWith(ArquillianExtension.class)
class SignInAbuseIT {

    private static final AtomicInteger NEXT_CLIENT = new AtomicInteger(10);

    @ArquillianResource
    URL base;

    @Inject
    Fixtures fixtures;

    @Inject
    AccountService accounts;

    @Inject
    SignInFailureRepository failures;

    @Resource
    UserTransaction transaction;

    /** A client at an address no other test uses. */
    private WebClient newClient() {
        int n = NEXT_CLIENT.getAndIncrement();
        return new WebClient(base, "127.0." + (n / 250) + "." + (n % 250 + 2));
    }

    private static boolean throttled(Answer answer) {
        return answer.location().endsWith("login?error=locked");
    }

    private static boolean invalid(Answer answer) {
        return answer.location().endsWith("login?error=invalid");
    }

    private static boolean signedIn(Answer answer) {
        return !answer.location().contains("login");
    }

    /** Tries a wrong password until the throttle lets it through; how long that took. */
    private static long millisUntilLetThrough(WebClient client, String user, long since) throws Exception {
        String token = client.signInToken();
        while (true) {
            Answer answer = client.postSignIn(user, "still wrong", token, Map.of());
            long waited = System.currentTimeMillis() - since;
            if (!throttled(answer)) {
                assertTrue(invalid(answer), answer.location());
                return waited;
            }
            assertTrue(waited < 20_000, "still refused after " + waited + " ms");
            Thread.sleep(100); // the throttle's delay is the behaviour under test: poll it
        }
    }

    @Test
    void afterThreeFailuresTheClientWaitsOneSecondThenTwoEvenWithTheRightPassword() throws Exception {
        World w = fixtures.world(1_000);
        String user = w.partnerUser().userName();
        WebClient client = newClient();
        for (int i = 0; i < 3; i++) {
            assertTrue(invalid(client.signIn(user, "wrong " + i)), "three failures are answered as such");
        }
        long third = System.currentTimeMillis();
        assertTrue(throttled(client.signIn(user, Fixtures.PASSWORD)), "inside the delay even the right password is refused");
        long firstDelay = millisUntilLetThrough(client, user, third); // the fourth failure
        long fourth = System.currentTimeMillis();
        long secondDelay = millisUntilLetThrough(client, user, fourth); // the fifth failure
        long fifth = System.currentTimeMillis();
        // lower bounds are the policy; upper bounds only catch a delay that did not grow as it should
        assertTrue(firstDelay >= 900 && firstDelay < 8_000, "first delay " + firstDelay + " ms");
        assertTrue(secondDelay >= 1_900 && secondDelay < 10_000, "second delay " + secondDelay + " ms");
        while (throttled(client.signIn(user, Fixtures.PASSWORD))) {
            assertTrue(System.currentTimeMillis() - fifth < 20_000, "the right password never got through");
            Thread.sleep(100);
        }
        assertTrue(System.currentTimeMillis() - fifth >= 3_900, "the third delay is 4 s");
    }

    @Test
    void fiveFailedRequestsFromOneClientDoNotLockTheNameForAnother() throws Exception {
        World w = fixtures.world(1_000);
        String reviewerLikeVictim = w.partnerAdmin().userName();
        WebClient attacker = newClient();
        for (int i = 0; i < 5; i++) {
            attacker.signIn(reviewerLikeVictim, "guess " + i);
        }
        assertTrue(throttled(attacker.signIn(reviewerLikeVictim, Fixtures.PASSWORD)), "the attacker must wait");
        WebClient victim = newClient();
        assertTrue(signedIn(victim.signIn(reviewerLikeVictim, Fixtures.PASSWORD)),
                "the owner of the name signs in from another client at once");
    }

    @Test
    void failuresAreCountedInTheDatabaseForKnownAndUnknownNamesAlike() throws Exception {
        World w = fixtures.world(1_000);
        String known = w.partnerUser().userName();
        String unknown = "nobody-" + w.tag();
        WebClient client = newClient();
        for (int i = 0; i < 3; i++) {
            client.signIn(known, "wrong");
            client.signIn(unknown, "wrong");
        }
        // two throttles with nothing in memory, as on two nodes, read the same counts from the database
        SignInThrottle nodeA = new SignInThrottle(failures, Clock.systemUTC());
        SignInThrottle nodeB = new SignInThrottle(failures, Clock.systemUTC());
        transaction.begin();
        try {
            assertEquals(3, failures.find("name:" + known).orElseThrow().getFailures());
            assertEquals(3, failures.find("name:" + unknown).orElseThrow().getFailures());
            nodeA.failed("198.51.100.7", unknown);
            assertEquals(4, failures.find("name:" + unknown).orElseThrow().getFailures(), "node B sees node A's count");
            assertFalse(nodeB.mustWait("198.51.100.7", unknown), "one failure from that client: no delay yet");
        } finally {
            transaction.commit();
        }
        assertTrue(throttled(client.signIn(known, Fixtures.PASSWORD)));
        assertTrue(throttled(client.signIn(unknown, "anything")), "an unknown name is throttled the same way");
    }

    @Test
    void aDeactivatedAccountAnswersExactlyLikeAWrongPassword() throws Exception {
        World w = fixtures.world(1_000);
        UserSummary user = ActingAs.call(w.partnerAdmin(), () -> accounts.listManagedUsers()).stream()
                .filter(u -> u.userName().equals(w.partnerUser().userName())).findFirst().orElseThrow();
        ActingAs.run(w.partnerAdmin(), () -> accounts.deactivate(user.id(), user.version()));
        newClient().signIn("warm-up-" + w.tag(), "x");
        List<Long> rightPassword = new ArrayList<>();
        List<Long> wrongPassword = new ArrayList<>();
        Answer right = null;
        Answer wrong = null;
        for (int i = 0; i < 3; i++) {
            WebClient a = newClient();
            WebClient b = newClient();
            String tokenA = a.signInToken();
            String tokenB = b.signInToken();
            long start = System.nanoTime();
            right = a.postSignIn(user.userName(), Fixtures.PASSWORD, tokenA, Map.of());
            rightPassword.add((System.nanoTime() - start) / 1_000_000);
            start = System.nanoTime();
            wrong = b.postSignIn(user.userName(), "not the password", tokenB, Map.of());
            wrongPassword.add((System.nanoTime() - start) / 1_000_000);
        }
        assertEquals(wrong.status(), right.status());
        assertEquals(wrong.location(), right.location(), "same redirect, same message");
        assertTrue(invalid(right), right.location());
        long rightMedian = median(rightPassword);
        long wrongMedian = median(wrongPassword);
        assertTrue(rightMedian * 2 >= wrongMedian && wrongMedian * 2 >= rightMedian,
                "right password " + rightMedian + " ms vs wrong " + wrongMedian + " ms");
    }

    @Test
    void aSignInPostWithoutTheSessionsTokenOrFromAnotherSiteDoesNotSignIn() throws Exception {
        World w = fixtures.world(1_000);
        String user = w.partnerAdmin().userName();
        WebClient victim = newClient();
        String token = victim.signInToken();

        WebClient attacker = newClient();
        String attackersOwnToken = attacker.signInToken();
        List<Answer> forged = List.of(
                victim.postSignIn(user, Fixtures.PASSWORD, null, Map.of()),
                victim.postSignIn(user, Fixtures.PASSWORD, attackersOwnToken, Map.of()),
                victim.postSignIn(user, Fixtures.PASSWORD, token, Map.of("Origin", "https://evil.example")),
                victim.postSignIn(user, Fixtures.PASSWORD, token, Map.of("Sec-Fetch-Site", "cross-site")));
        for (Answer answer : forged) {
            assertTrue(answer.location().endsWith("login?error=expired"), answer.location());
        }
        // still anonymous: the evidence URL refuses anonymous callers (403), signed-in ones get 404 for a missing id
        assertEquals(403, victim.get("evidence/0/0").status());

        String before = victim.sessionId();
        Answer real = victim.postSignIn(user, Fixtures.PASSWORD, token,
                Map.of("Origin", base.getProtocol() + "://" + base.getHost() + ":" + base.getPort(),
                        "Sec-Fetch-Site", "same-origin"));
        assertTrue(signedIn(real), real.location());
        assertNotEquals(before, victim.sessionId(), "the session id changes at sign-in");
        assertEquals(404, victim.get("evidence/0/0").status());
    }

    @Test
    void anInvitationAnswersAlikeWhetherOrNotTheNameExistsInAnotherOrganization() {
        World mine = fixtures.world(1_000);
        World other = fixtures.world(1_000);
        String takenElsewhere = other.partnerUser().userName();
        String free = "free-" + mine.tag();
        String first = ActingAs.call(mine.partnerAdmin(), () -> accounts.invite(
                new InviteUser(takenElsewhere, "Namesake", Role.INCENTIVES_USER, null))).user().userName();
        String second = ActingAs.call(mine.partnerAdmin(), () -> accounts.invite(
                new InviteUser(free, "Newcomer", Role.INCENTIVES_USER, null))).user().userName();
        assertTrue(first.matches(java.util.regex.Pattern.quote(takenElsewhere) + "-[a-z2-9]{4}"), first);
        assertTrue(second.matches(java.util.regex.Pattern.quote(free) + "-[a-z2-9]{4}"), second);
        String again = ActingAs.call(mine.partnerAdmin(), () -> accounts.invite(
                new InviteUser(free, "Newcomer too", Role.INCENTIVES_USER, null))).user().userName();
        assertNotEquals(second, again, "even a name taken in the own organization gets a fresh suffix");
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
