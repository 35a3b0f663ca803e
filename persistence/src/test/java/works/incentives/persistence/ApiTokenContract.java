package works.incentives.persistence;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import org.junit.jupiter.api.Test;
import works.incentives.domain.account.UserAccount;
import works.incentives.domain.apitoken.ApiToken;
import works.incentives.domain.shared.Role;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** API tokens on every database: found by hash only, listed per user, uses recorded without a version conflict. */
abstract class ApiTokenContract {

    static final Instant NOW = Instant.parse("2027-03-05T10:00:00Z");

    abstract TestDatabase db();

    private String user() {
        String name = "tok" + UUID.randomUUID().toString().substring(0, 8);
        db().run(em -> new JpaUserAccountRepository(em).save(
                new UserAccount(name, "Token user", Role.REVIEWER, null, "hash", false)));
        return name;
    }

    private ApiToken create(String user, String name) {
        String hash = (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
        return db().inTransaction(em -> new JpaApiTokenRepository(em).save(new ApiToken(user, name, hash, NOW, null)));
    }

    @Test
    void aTokenIsFoundByItsHashAndListedForItsUserNewestFirst() {
        String user = user();
        ApiToken first = create(user, "CRM");
        ApiToken second = create(user, "ERP");
        ApiToken found = db().inTransaction(em -> new JpaApiTokenRepository(em).findByHash(first.getTokenHash()))
                .orElseThrow();
        assertEquals("CRM", found.getName());
        assertEquals(NOW, found.getCreatedAt());
        assertNull(found.getLastUsedAt());
        List<String> names = db().inTransaction(em -> new JpaApiTokenRepository(em).findByUser(user)).stream()
                .map(ApiToken::getName).toList();
        assertEquals(List.of("ERP", "CRM"), names);
        assertTrue(second.getId() > first.getId());
    }

    @Test
    void aUseIsRecordedAtMostOnceAMinuteAndMovesNoVersion() {
        ApiToken token = create(user(), "Script");
        db().run(em -> new JpaApiTokenRepository(em).recordUse(token.getId(), NOW, NOW.minusSeconds(60)));
        db().run(em -> new JpaApiTokenRepository(em).recordUse(token.getId(), NOW.plusSeconds(10), NOW.minusSeconds(50)));
        ApiToken read = db().inTransaction(em -> new JpaApiTokenRepository(em).findById(token.getId())).orElseThrow();
        assertEquals(NOW, read.getLastUsedAt());
        assertEquals(token.getVersion(), read.getVersion());
        db().run(em -> new JpaApiTokenRepository(em).recordUse(token.getId(), NOW.plus(Duration.ofMinutes(2)),
                NOW.plusSeconds(60)));
        assertEquals(NOW.plus(Duration.ofMinutes(2)), db().inTransaction(em -> new JpaApiTokenRepository(em)
                .findById(token.getId())).orElseThrow().getLastUsedAt());
    }

    @Test
    void aRevocationOnAStaleCopyIsRefused() {
        ApiToken token = create(user(), "Stale");
        db().run(em -> {
            ApiToken fresh = em.find(ApiToken.class, token.getId());
            fresh.revoke(NOW);
        });
        token.revoke(NOW.plusSeconds(5));
        RuntimeException refused = assertThrows(RuntimeException.class,
                () -> db().run(em -> new JpaApiTokenRepository(em).save(token)));
        assertTrue(refused instanceof OptimisticLockException || refused instanceof RollbackException
                || refused.getCause() instanceof OptimisticLockException, refused.toString());
    }

    @Test
    void aTokenBelongsToAnExistingUser() {
        String hash = UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");
        assertThrows(RuntimeException.class, () -> db().run(em -> new JpaApiTokenRepository(em)
                .save(new ApiToken("nobody-" + UUID.randomUUID().toString().substring(0, 8), "X", hash, NOW, null))));
    }
}
