package works.incentives.domain.account;

import works.incentives.domain.shared.Role;

import java.util.List;
import java.util.Optional;

/** Stores and finds user accounts; implemented in the persistence module. */
public interface UserAccountRepository {

    Optional<UserAccount> findByUserName(String normalisedUserName);

    Optional<UserAccount> findById(long id);

    List<UserAccount> findByPartner(long partnerId);

    List<UserAccount> findVendorUsers();

    long countActiveWithRole(Role role, Long partnerId);

    UserAccount save(UserAccount account);

    long count();
}
