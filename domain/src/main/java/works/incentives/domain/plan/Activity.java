package works.incentives.domain.plan;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import works.incentives.domain.program.ActivityType;
import works.incentives.domain.shared.Money;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A planned activity of a campaign: an activity type from the program's catalogue, the
 * countries it runs in, the planned amount and planned metrics. Part of the {@link Plan}
 * aggregate; changed only through the plan.
 */
@Entity
@Table(name = "plan_activity")
public class Activity {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_activity_seq")
    @SequenceGenerator(name = "plan_activity_seq", sequenceName = "plan_activity_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "campaign_id", nullable = false)
    private Campaign campaign;

    @Column(name = "activity_type_id")
    private Long activityTypeId;

    @Column(name = "activity_type_code", nullable = false, length = 60)
    private String activityTypeCode;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_activity_country", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "country_code", nullable = false, length = 2)
    private Set<String> countries = new TreeSet<>();

    @Column(name = "planned_amount", nullable = false, precision = 19, scale = 4)
    private BigDecimal plannedAmount;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plan_activity_metric", joinColumns = @JoinColumn(name = "activity_id"))
    @MapKeyColumn(name = "metric_code", length = 60)
    @Column(name = "planned_value", nullable = false, length = 200)
    private Map<String, String> plannedMetrics = new LinkedHashMap<>();

    @Column(length = 1000)
    private String description;

    protected Activity() {
        // for JPA
    }

    Activity(Campaign campaign, ActivityType type, Set<String> countries, Money plannedAmount,
             Map<String, String> plannedMetrics, String description) {
        this.campaign = campaign;
        update(type, countries, plannedAmount, plannedMetrics, description);
    }

    final void update(ActivityType type, Set<String> newCountries, Money amount,
                      Map<String, String> metrics, String newDescription) {
        if (!amount.hasCurrency(campaign.getPlan().getCurrency())) {
            throw new works.incentives.domain.shared.DomainRuleViolation(
                    works.incentives.domain.shared.Rule.CURRENCY_MISMATCH,
                    campaign.getPlan().getCurrency().getCurrencyCode(), amount.currency().getCurrencyCode());
        }
        for (String country : newCountries) {
            if (!COUNTRIES.contains(country)) {
                throw new IllegalArgumentException("not an ISO 3166 country code: " + country);
            }
        }
        this.activityTypeId = type.getId();
        this.activityTypeCode = type.getCode();
        this.countries.clear();
        this.countries.addAll(newCountries);
        this.plannedAmount = amount.amount();
        this.plannedMetrics.clear();
        metrics.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                this.plannedMetrics.put(k, v.strip());
            }
        });
        this.description = newDescription;
    }

    /** Points at another revision of the same type (a draft moving to the current catalogue). */
    void retarget(ActivityType revision) {
        if (!revision.getCode().equals(activityTypeCode)) {
            throw new IllegalArgumentException("not a revision of " + activityTypeCode + ": " + revision.getCode());
        }
        this.activityTypeId = revision.getId();
    }

    /** How problems and comments point at this activity. */
    public String ref() {
        return id != null ? "activity:" + id : "activity:#" + (campaign.getActivities().indexOf(this) + 1)
                + "@" + campaign.ref();
    }

    public Long getId() {
        return id;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public Long getActivityTypeId() {
        return activityTypeId;
    }

    public String getActivityTypeCode() {
        return activityTypeCode;
    }

    public Set<String> getCountries() {
        return Collections.unmodifiableSet(new TreeSet<>(countries));
    }

    public Money getPlannedAmount() {
        Currency currency = campaign.getPlan().getCurrency();
        return Money.ofNullable(plannedAmount, currency);
    }

    public Map<String, String> getPlannedMetrics() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(plannedMetrics));
    }

    public String getDescription() {
        return description;
    }
}
