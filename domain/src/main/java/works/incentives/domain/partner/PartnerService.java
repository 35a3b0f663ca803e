package works.incentives.domain.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import works.incentives.domain.access.AllowedRoles;
import works.incentives.domain.shared.Role;
import works.incentives.domain.shared.Actor;
import works.incentives.domain.shared.Permissions;

import java.util.List;

/** Registering and listing partner organizations (program admins; partners see only their own). */
@ApplicationScoped
@Transactional
@AllowedRoles({Role.INCENTIVES_USER, Role.INCENTIVES_ADMIN, Role.PROGRAM_ADMIN, Role.REVIEWER})
public class PartnerService {

    /** A partner as lists show it. */
    public record PartnerView(long id, long version, String name, String countryCode) {

        static PartnerView of(PartnerOrganization p) {
            return new PartnerView(p.getId(), p.getVersion(), p.getName(), p.getCountryCode());
        }
    }

    private PartnerRepository partners;

    protected PartnerService() {
        // for CDI proxies
    }

    @Inject
    public PartnerService(PartnerRepository partners) {
        this.partners = partners;
    }

    public PartnerView register(String name, String countryCode, Actor actor) {
        Permissions.require(actor, "registerPartner", Permissions.PROGRAM_ADMIN);
        return PartnerView.of(partners.save(new PartnerOrganization(name, countryCode)));
    }

    /** Vendor-side actors see every partner, partner-side actors only their own. */
    public List<PartnerView> list(Actor actor) {
        return partners.findAllOrderedByName().stream().filter(p -> actor.maySee(p.getId()))
                .map(PartnerView::of).toList();
    }
}
