package works.incentives.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import works.incentives.domain.account.PasswordHasher;

import java.util.Map;

/**
 * PBKDF2-HMAC-SHA256 with 600,000 iterations, OWASP's current recommendation (the Jakarta
 * default of 2,048 is far too low), a 32-byte salt and a 32-byte key.
 */
@ApplicationScoped
public class Pbkdf2PasswordHasher implements PasswordHasher {

    static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "600000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(PARAMETERS);
    }

    @Override
    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    @Override
    public boolean verify(char[] password, String hash) {
        try {
            return pbkdf2.verify(password, hash);
        } catch (IllegalArgumentException malformedHash) {
            return false;
        }
    }
}
