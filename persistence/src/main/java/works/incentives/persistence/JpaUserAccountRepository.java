package works.incentives.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import works.incentives.domain.account.UserAccount;
import works.incentives.domain.account.UserAccountRepository;
import works.incentives.domain.shared.Role;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaUserAccountRepository implements UserAccountRepository {

    @PersistenceContext(unitName = "incentives")
    private EntityManager em;

    public JpaUserAccountRepository() {
        // for CDI
    }

    JpaUserAccountRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<UserAccount> findByUserName(String normalisedUserName) {
        return em.createQuery("select u from UserAccount u where u.userName = :name", UserAccount.class)
                .setParameter("name", normalisedUserName)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<UserAccount> findById(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    @Override
    public List<UserAccount> findByPartner(long partnerId) {
        return em.createQuery("select u from UserAccount u where u.partnerId = :partner order by u.displayName",
                        UserAccount.class)
                .setParameter("partner", partnerId).getResultList();
    }

    @Override
    public List<UserAccount> findVendorUsers() {
        return em.createQuery("select u from UserAccount u where u.partnerId is null order by u.displayName",
                UserAccount.class).getResultList();
    }

    @Override
    public long countActiveWithRole(Role role, Long partnerId) {
        String partnerCondition = partnerId == null ? "u.partnerId is null" : "u.partnerId = :partner";
        var query = em.createQuery("select count(u) from UserAccount u where u.active = true and u.role = :role and "
                + partnerCondition, Long.class).setParameter("role", role);
        if (partnerId != null) {
            query.setParameter("partner", partnerId);
        }
        return query.getSingleResult();
    }

    @Override
    public UserAccount save(UserAccount account) {
        return Entities.save(em, account, account.getId());
    }

    @Override
    public long count() {
        return em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
    }
}
