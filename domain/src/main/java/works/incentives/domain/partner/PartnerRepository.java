package works.incentives.domain.partner;

import java.util.List;
import java.util.Optional;

/** Stores and finds partner organizations. */
public interface PartnerRepository {

    PartnerOrganization save(PartnerOrganization partner);

    Optional<PartnerOrganization> findById(long id);

    List<PartnerOrganization> findAllOrderedByName();
}
