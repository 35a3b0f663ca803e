package works.incentives.domain.account;

/**
 * Turns passwords into salted, slow hashes and checks them. Implemented with Jakarta Security's
 * PBKDF2 in the web module; the domain only needs the two operations.
 */
public interface PasswordHasher {

    String hash(char[] password);

    boolean verify(char[] password, String hash);
}
