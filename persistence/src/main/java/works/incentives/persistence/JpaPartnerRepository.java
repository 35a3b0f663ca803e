package works.incentives.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import works.incentives.domain.partner.PartnerOrganization;
import works.incentives.domain.partner.PartnerRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaPartnerRepository implements PartnerRepository {

    @PersistenceContext(unitName = "incentives")
    private EntityManager em;

    public JpaPartnerRepository() {
        // for CDI
    }

    JpaPartnerRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public PartnerOrganization save(PartnerOrganization partner) {
        return Entities.save(em, partner, partner.getId());
    }

    @Override
    public Optional<PartnerOrganization> findById(long id) {
        return Optional.ofNullable(em.find(PartnerOrganization.class, id));
    }

    @Override
    public List<PartnerOrganization> findAllOrderedByName() {
        return em.createQuery("select p from PartnerOrganization p order by p.name", PartnerOrganization.class)
                .getResultList();
    }
}
