package works.incentives.domain.apitoken;

import jakarta.persistence.OptimisticLockException;
import org.junit.jupiter.api.Test;
import works.incentives.domain.account.UserAccount;
import works.incentives.domain.account.UserAccountRepository;
import works.incentives.domain.shared.Actor;
import works.incentives.domain.shared.DomainRuleViolation;
import works.incentives.domain.shared.Role;
import works.incentives.domain.shared.Rule;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A token signs in as its user while valid, as the account is now; revoked, expired or of a deactivated account it does not. */
class ApiTokenServiceTest {

    private static final Instant NOW = Instant.parse("2027-03-05T10:00:00Z");

    private final List<ApiToken> stored = new ArrayList<>();
    private final List<UserAccount> accounts = new ArrayList<>();
    private Instant now = NOW;
    private Actor caller = Actor.partnerAdmin("ann", 7);

    private final ApiTokenService service = new ApiTokenService(new Tokens(), new Accounts(),
            () -> Optional.of(caller), new Clock() {
                @Override
                public java.time.ZoneId getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(java.time.ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return now;
                }
            });

    ApiTokenServiceTest() {
        accounts.add(new UserAccount("ann", "Ann", Role.INCENTIVES_ADMIN, 7L, "hash", false));
        accounts.add(new UserAccount("bob", "Bob", Role.INCENTIVES_ADMIN, 8L, "hash", false));
    }

    @Test
    void aTokenActsAsItsUserWithTheRoleAndPartnerTheAccountHasNow() {
        String secret = service.create("CRM", null).secret();
        assertTrue(secret.startsWith(ApiTokenService.PREFIX));
        assertEquals(Optional.of(Actor.partnerAdmin("ann", 7)), service.authenticate(secret));
        assertEquals(Optional.empty(), service.authenticate(secret + "x"));
        assertEquals(Optional.empty(), service.authenticate("Bearer " + secret));
        assertEquals(Optional.empty(), service.authenticate(null));
    }

    @Test
    void aRevokedTokenSignsNobodyIn() {
        var created = service.create("Script", null);
        service.revoke(created.token().id(), created.token().version());
        assertEquals(Optional.empty(), service.authenticate(created.secret()));
        assertTrue(service.mine().stream().noneMatch(ApiTokenService.ApiTokenView::active));
    }

    @Test
    void anExpiredTokenSignsNobodyInFromItsExpiryDayOn() {
        String secret = service.create("Short", LocalDate.of(2027, 3, 6)).secret();
        now = Instant.parse("2027-03-05T23:59:59Z");
        assertTrue(service.authenticate(secret).isPresent());
        now = Instant.parse("2027-03-06T00:00:00Z");
        assertEquals(Optional.empty(), service.authenticate(secret));
    }

    @Test
    void aDeactivatedAccountsTokensSignNobodyIn() {
        String secret = service.create("CRM", null).secret();
        accounts.get(0).deactivate();
        assertEquals(Optional.empty(), service.authenticate(secret));
    }

    @Test
    void anExpiryTodayOrEarlierAndANamelessTokenAreRefused() {
        assertEquals(Rule.API_TOKEN_EXPIRY_PAST, assertThrows(DomainRuleViolation.class,
                () -> service.create("Past", LocalDate.of(2027, 3, 5))).rule());
        assertEquals(Rule.VALUE_REQUIRED, assertThrows(DomainRuleViolation.class,
                () -> service.create("  ", null)).rule());
    }

    @Test
    void nobodyRevokesAnotherUsersTokenAndAStaleRevocationIsRefused() {
        var created = service.create("CRM", null);
        caller = Actor.partnerAdmin("bob", 8);
        assertEquals(Rule.NOT_FOUND, assertThrows(DomainRuleViolation.class,
                () -> service.revoke(created.token().id(), created.token().version())).rule());
        assertTrue(service.mine().isEmpty(), "bob lists only his own tokens");
        caller = Actor.partnerAdmin("ann", 7);
        assertThrows(OptimisticLockException.class, () -> service.revoke(created.token().id(), created.token().version() + 1));
    }

    private final class Tokens implements ApiTokenRepository {

        @Override
        public ApiToken save(ApiToken token) {
            if (token.getId() == null) {
                set(token, "id", (long) stored.size() + 1);
                stored.add(token);
            } else {
                set(token, "version", token.getVersion() + 1);
            }
            return token;
        }

        private void set(ApiToken token, String name, Object value) {
            try {
                Field field = ApiToken.class.getDeclaredField(name);
                field.setAccessible(true);
                field.set(token, value);
            } catch (ReflectiveOperationException impossible) {
                throw new IllegalStateException(impossible);
            }
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
            return stored.stream().filter(t -> t.getUserName().equals(userName)).toList();
        }

        @Override
        public void recordUse(long id, Instant at, Instant notBefore) {
            // the persistence contract tests this
        }
    }

    private final class Accounts implements UserAccountRepository {

        @Override
        public Optional<UserAccount> findByUserName(String normalisedUserName) {
            return accounts.stream().filter(a -> a.getUserName().equals(normalisedUserName)).findFirst();
        }

        @Override
        public Optional<UserAccount> findById(long id) {
            return Optional.empty();
        }

        @Override
        public List<UserAccount> findByPartner(long partnerId) {
            return List.of();
        }

        @Override
        public List<UserAccount> findVendorUsers() {
            return List.of();
        }

        @Override
        public long countActiveWithRole(Role role, Long partnerId) {
            return 0;
        }

        @Override
        public UserAccount save(UserAccount account) {
            return account;
        }

        @Override
        public long count() {
            return accounts.size();
        }
    }
}
