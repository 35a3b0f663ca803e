package works.incentives.web.security;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which address a sign-in is throttled under. */
class ClientAddressTest {

    @Test
    void withoutTrustedProxiesForwardedForIsIgnored() {
        assertEquals("203.0.113.9", new ClientAddress(null).of("203.0.113.9", "198.51.100.1"));
        assertEquals("127.0.0.1", new ClientAddress("").of("127.0.0.1", "198.51.100.1"));
    }

    @Test
    void behindATrustedProxyTheRightMostUntrustedHopCounts() {
        ClientAddress behindProxy = new ClientAddress("10.0.0.5, 10.0.0.6");
        assertEquals("198.51.100.1", behindProxy.of("10.0.0.5", "198.51.100.1"));
        // the client wrote the left-most entry itself: it must not choose its own throttle key
        assertEquals("198.51.100.1", behindProxy.of("10.0.0.5", "1.2.3.4, 198.51.100.1, 10.0.0.6"));
        assertEquals("10.0.0.5", behindProxy.of("10.0.0.5", null));
        assertEquals("10.0.0.5", behindProxy.of("10.0.0.5", "<script>"));
    }

    @Test
    void anUntrustedSenderCannotClaimAnotherAddress() {
        assertEquals("203.0.113.9", new ClientAddress("10.0.0.5").of("203.0.113.9", "198.51.100.1"));
    }
}
