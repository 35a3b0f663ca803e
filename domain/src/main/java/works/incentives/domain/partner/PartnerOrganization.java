package works.incentives.domain.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Locale;
import java.util.Set;

/**
 * A channel partner company. Partner-side users belong to exactly one; everything a partner
 * owns (allocations, plans, claims) carries its id so queries can be scoped to it.
 */
@Entity
@Table(name = "partner_organization")
public class PartnerOrganization {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "partner_seq")
    @SequenceGenerator(name = "partner_seq", sequenceName = "partner_seq", allocationSize = 10)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "country_code", nullable = false, length = 2)
    private String countryCode;

    protected PartnerOrganization() {
        // for JPA
    }

    public PartnerOrganization(String name, String countryCode) {
        rename(name);
        relocate(countryCode);
    }

    public void rename(String newName) {
        if (newName == null || newName.isBlank()) {
            throw new IllegalArgumentException("a partner needs a name");
        }
        this.name = newName.strip();
    }

    /** The country must be an ISO 3166 alpha-2 code. */
    public void relocate(String newCountryCode) {
        if (newCountryCode == null || !COUNTRIES.contains(newCountryCode)) {
            throw new IllegalArgumentException("not an ISO 3166 country code: " + newCountryCode);
        }
        this.countryCode = newCountryCode;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public String getCountryCode() {
        return countryCode;
    }
}
