package works.incentives.persistence;

import jakarta.persistence.EntityManager;
import works.incentives.domain.claim.ClaimRepository;

/** Opens the package's repositories to the scale benchmark (works.incentives.persistence.scale). */
public final class ScaleAccess {

    private ScaleAccess() {
    }

    public static ClaimRepository claims(EntityManager em) {
        return new JpaClaimRepository(em);
    }
}
