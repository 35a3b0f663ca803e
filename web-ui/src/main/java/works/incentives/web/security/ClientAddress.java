package works.incentives.web.security;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The address a sign-in comes from, for throttling: the connection's remote address. Only when
 * that address is a configured trusted proxy ({@value #TRUSTED_PROXIES_KEY}, comma-separated
 * addresses; none by default) is {@code X-Forwarded-For} read: the right-most entry that is not
 * itself a trusted proxy, since everything left of it could be written by the client.
 */
final class ClientAddress {

    static final String TRUSTED_PROXIES_KEY = "incentives.trusted-proxies";
    private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f.:\\[\\]]{2,47}");

    private final Set<String> trustedProxies;

    ClientAddress(String configured) {
        this.trustedProxies = configured == null ? Set.of() : Arrays.stream(configured.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    String of(String remoteAddress, String forwardedFor) {
        if (!trustedProxies.contains(remoteAddress) || forwardedFor == null) {
            return remoteAddress;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!ADDRESS.matcher(hop).matches()) {
                return remoteAddress; // not an address: trust nothing further left
            }
            if (!trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return remoteAddress;
    }
}
