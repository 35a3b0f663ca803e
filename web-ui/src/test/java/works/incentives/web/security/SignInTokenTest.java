package works.incentives.web.security;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The login CSRF checks that do not need a request: the token per session and the origin rule. */
class SignInTokenTest {

    @Test
    void aSessionKeepsItsTokenAndAnotherSessionGetsAnother() {
        Map<String, Object> one = new HashMap<>();
        Map<String, Object> two = new HashMap<>();
        String first = SignInToken.of(one::get, one::put);
        assertEquals(first, SignInToken.of(one::get, one::put));
        assertNotEquals(first, SignInToken.of(two::get, two::put));
        assertTrue(first.length() >= 32, first);
    }

    @Test
    void onlyThisSiteMayPostTheForm() {
        assertTrue(SignInToken.sameSite("http://localhost:8186", "same-origin", "localhost:8186"));
        assertTrue(SignInToken.sameSite("https://coop.example.com", null, "coop.example.com"));
        assertTrue(SignInToken.sameSite(null, null, "coop.example.com"), "clients without Origin rely on the token");
        assertFalse(SignInToken.sameSite("https://evil.example", "cross-site", "coop.example.com"));
        assertFalse(SignInToken.sameSite("https://evil.example", null, "coop.example.com"));
        assertFalse(SignInToken.sameSite(null, "cross-site", "coop.example.com"));
        assertFalse(SignInToken.sameSite(null, "same-site", "coop.example.com"));
        assertFalse(SignInToken.sameSite("null", null, "coop.example.com"));
    }
}
