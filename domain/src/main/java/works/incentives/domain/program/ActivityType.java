package works.incentives.domain.program;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import works.incentives.domain.shared.Money;
import works.incentives.domain.shared.Problem;
import works.incentives.domain.shared.Rule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a program's activity catalogue: what may be claimed, which evidence and metrics
 * a claim must carry, and the caps (DOMAIN.md "Evidence and caps per activity type").
 *
 * <p>Caps, all in the program currency and all optional:
 * <ul>
 *   <li>per claim: an absolute maximum per claim;</li>
 *   <li>per period: an absolute maximum over all claims of the type in one usage period
 *       (syndicated content USD 18,750; conferences USD 45,000);</li>
 *   <li>share of earned co-op per period, with an optional floor: customer offers/SPIFFs 25%
 *       (no floor); demo units max(10% of accrued, USD 3,000);</li>
 *   <li>per person with a maximum number of persons (conferences USD 5,000 for up to 3);</li>
 *   <li>alcohol excluded from catering (seminars).</li>
 * </ul>
 *
 * <p>A row is one <b>revision</b> of the program's type {@link #getCode() code}. Once a submitted
 * plan has been checked against a revision, an edit makes a {@link #nextRevision next revision}
 * and {@link #replaceWith retires} this one: plans and claims keep pointing at the revision they
 * were checked against, while drafts move to the current one. The code never changes between
 * revisions (caps summed across items go by code). A deactivated type is no longer offered for
 * new activities; existing ones keep their revision.
 */
@Entity
@Table(name = "activity_type")
public class ActivityType {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "activity_type_seq")
    @SequenceGenerator(name = "activity_type_seq", sequenceName = "activity_type_seq", allocationSize = 10)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "program_id", nullable = false)
    private Program program;

    @Column(nullable = false, length = 60)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ActivityCategory category;

    @Column(name = "name_key", nullable = false, length = 120)
    private String nameKey;

    /** The admin's name for a type outside the standard catalogue, which has no translation; else null. */
    @Column(name = "display_name", length = 200)
    private String displayName;

    /** The admin's name in Traditional Chinese; null for standard types. */
    @Column(name = "display_name_zh", length = 200)
    private String displayNameZh;

    @Column(nullable = false)
    private int revision = 1;

    /** When this revision's rules were last changed; null for the rules as first installed. */
    @Column(name = "revised_at")
    private java.time.Instant revisedAt;

    /** The revision that replaced this one; null while this is the current revision. */
    @Column(name = "replaced_by")
    private Long replacedBy;

    @Column(name = "guidance_url", length = 500)
    private String guidanceUrl;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "activity_type_evidence", joinColumns = @JoinColumn(name = "activity_type_id"))
    @OrderColumn(name = "list_index")
    private List<EvidenceRequirement> evidenceRequirements = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "activity_type_metric", joinColumns = @JoinColumn(name = "activity_type_id"))
    @OrderColumn(name = "list_index")
    private List<Metric> requiredMetrics = new ArrayList<>();

    @Column(name = "per_claim_cap", precision = 19, scale = 4)
    private BigDecimal perClaimCap;

    @Column(name = "per_period_cap", precision = 19, scale = 4)
    private BigDecimal perPeriodCap;

    @Column(name = "earned_share_percent", precision = 7, scale = 4)
    private BigDecimal earnedSharePercent;

    @Column(name = "earned_share_floor", precision = 19, scale = 4)
    private BigDecimal earnedShareFloor;

    @Column(name = "per_person_cap", precision = 19, scale = 4)
    private BigDecimal perPersonCap;

    @Column(name = "max_persons")
    private Integer maxPersons;

    @Column(name = "alcohol_excluded", nullable = false)
    private boolean alcoholExcluded;

    @Column(nullable = false)
    private boolean active = true;

    protected ActivityType() {
        // for JPA
    }

    public ActivityType(Program program, String code, ActivityCategory category) {
        this.program = Objects.requireNonNull(program, "program");
        if (code == null || !code.matches("[A-Z][A-Z0-9_]{1,59}")) {
            throw new IllegalArgumentException("activity type code must be UPPER_SNAKE: " + code);
        }
        this.code = code;
        this.category = Objects.requireNonNull(category, "category");
        this.nameKey = "activityType." + code;
    }

    public ActivityType requireEvidence(EvidenceRequirement requirement) {
        evidenceRequirements.removeIf(r -> r.getCode().equals(requirement.getCode()));
        evidenceRequirements.add(requirement);
        return this;
    }

    public ActivityType requireMetric(String metricCode) {
        return requireMetric(new Metric(metricCode, null, null));
    }

    /** A metric with its names (an admin's own metric); replaces one of the same code. */
    public ActivityType requireMetric(Metric metric) {
        requiredMetrics.removeIf(m -> m.getCode().equals(metric.getCode()));
        requiredMetrics.add(metric);
        return this;
    }

    /**
     * Forgets the evidence, metrics and caps, so an admin's edit can state them again as a whole
     * (an edit is a new definition of the rules, not a patch).
     */
    public ActivityType clearRules() {
        requireCurrent();
        evidenceRequirements.clear();
        requiredMetrics.clear();
        perClaimCap = null;
        perPeriodCap = null;
        earnedSharePercent = null;
        earnedShareFloor = null;
        perPersonCap = null;
        maxPersons = null;
        alcoholExcluded = false;
        return this;
    }

    /**
     * The next revision of this type, with the same program, code and rules, not yet stored: what
     * an admin's edit changes when plans were already checked against this revision.
     */
    public ActivityType nextRevision(java.time.Instant at) {
        requireCurrent();
        ActivityType next = new ActivityType(program, code, category);
        next.revision = revision + 1;
        next.revisedAt = Objects.requireNonNull(at, "at");
        next.displayName = displayName;
        next.displayNameZh = displayNameZh;
        next.guidanceUrl = guidanceUrl;
        evidenceRequirements.forEach(r -> next.evidenceRequirements.add(r.copy()));
        requiredMetrics.forEach(m -> next.requiredMetrics.add(m.copy()));
        next.perClaimCap = perClaimCap;
        next.perPeriodCap = perPeriodCap;
        next.earnedSharePercent = earnedSharePercent;
        next.earnedShareFloor = earnedShareFloor;
        next.perPersonCap = perPersonCap;
        next.maxPersons = maxPersons;
        next.alcoholExcluded = alcoholExcluded;
        next.active = active;
        return next;
    }

    /** Retires this revision in favour of {@code next} (stored, same program and code, a later revision). */
    public void replaceWith(ActivityType next) {
        requireCurrent();
        if (next.getId() == null || !next.code.equals(code) || next.program != program && !Objects.equals(
                next.program.getId(), program.getId()) || next.revision <= revision) {
            throw new IllegalArgumentException("not a later revision of " + code);
        }
        replacedBy = next.getId();
        active = false;
    }

    /** Records that this revision's rules were changed in place (no plan had been checked against them). */
    public void markRevised(java.time.Instant at) {
        requireCurrent();
        revisedAt = Objects.requireNonNull(at, "at");
    }

    private void requireCurrent() {
        if (replacedBy != null) {
            throw new works.incentives.domain.shared.DomainRuleViolation(Rule.ACTIVITY_TYPE_REVISION_RETIRED,
                    name(), revision);
        }
    }

    public ActivityType capPerClaim(Money cap) {
        perClaimCap = amountIn(cap);
        return this;
    }

    public ActivityType capPerPeriod(Money cap) {
        perPeriodCap = amountIn(cap);
        return this;
    }

    /** At most {@code percent}% of the earned co-op per period, but never less than {@code floor} (may be null). */
    public ActivityType capShareOfEarned(BigDecimal percent, Money floor) {
        if (percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("percent must be in (0, 100]");
        }
        earnedSharePercent = percent;
        earnedShareFloor = floor == null ? null : amountIn(floor);
        return this;
    }

    public ActivityType capPerPerson(Money cap, int persons) {
        if (persons < 1) {
            throw new IllegalArgumentException("persons must be at least 1");
        }
        perPersonCap = amountIn(cap);
        maxPersons = persons;
        return this;
    }

    public ActivityType excludeAlcohol() {
        alcoholExcluded = true;
        return this;
    }

    /**
     * Names a type the translations do not know (an admin's own); blank means none, so the UI
     * falls back to the {@link #getNameKey() translation key}.
     */
    public ActivityType displayName(String name) {
        return displayName(name, displayNameZh);
    }

    /** The names in English and Traditional Chinese; a Chinese name without an English one is refused. */
    public ActivityType displayName(String name, String nameZh) {
        for (String n : new String[] {name, nameZh}) {
            if (n != null && n.strip().length() > 200) {
                throw new IllegalArgumentException("display name longer than 200 characters");
            }
        }
        displayName = name == null || name.isBlank() ? null : name.strip();
        displayNameZh = displayName == null || nameZh == null || nameZh.isBlank() ? null : nameZh.strip();
        return this;
    }

    /** Moves the type to another category (an admin's correction). */
    public ActivityType recategorise(ActivityCategory newCategory) {
        requireCurrent();
        this.category = Objects.requireNonNull(newCategory, "category");
        return this;
    }

    public ActivityType guidance(String url) {
        guidanceUrl = url;
        return this;
    }

    /** No longer offered for new activities; plans and claims that use it keep working. */
    public void deactivate() {
        requireCurrent();
        active = false;
    }

    /** Offered again for new activities. */
    public void activate() {
        requireCurrent();
        active = true;
    }

    private BigDecimal amountIn(Money money) {
        if (!money.hasCurrency(getCurrency())) {
            throw new IllegalArgumentException("caps must be in the program currency " + getCurrency());
        }
        if (!money.isPositive()) {
            throw new IllegalArgumentException("caps must be more than zero");
        }
        return money.amount();
    }

    /**
     * The most all claims of this type may total in one period given what the partner earned,
     * or empty when no period cap applies: the smaller of the absolute period cap and the
     * earned-share cap (the latter raised to its floor).
     */
    public Optional<Money> periodCap(Money earned) {
        Money cap = perPeriodCap == null ? null : money(perPeriodCap);
        Money share = earnedShareCap(earned).orElse(null);
        if (share != null) {
            cap = cap == null ? share : cap.min(share);
        }
        return Optional.ofNullable(cap);
    }

    private Optional<Money> earnedShareCap(Money earned) {
        if (earnedSharePercent == null) {
            return Optional.empty();
        }
        Money share = earned.percent(earnedSharePercent);
        if (earnedShareFloor != null) {
            share = share.max(money(earnedShareFloor));
        }
        return Optional.of(share);
    }

    /** The most one claim may ask: per-claim cap, and per-person cap times the most persons. */
    public Optional<Money> claimCap() {
        Money cap = perClaimCap == null ? null : money(perClaimCap);
        if (perPersonCap != null) {
            Money persons = money(perPersonCap).times(maxPersons);
            cap = cap == null ? persons : cap.min(persons);
        }
        return Optional.ofNullable(cap);
    }

    /**
     * Every cap a claim of {@code amount} would break.
     *
     * @param persons         people claimed for (per-person caps), may be null
     * @param includesAlcohol whether the partner declared alcohol in the amount
     * @param claimedBefore   what other claims of this type already hold in the period
     * @param earned          the co-op the partner earned for the period (share caps)
     */
    public List<Problem> capProblems(Money amount, Integer persons, boolean includesAlcohol,
                                     Money claimedBefore, Money earned, String concerns) {
        List<Problem> problems = new ArrayList<>();
        if (perClaimCap != null && amount.isGreaterThan(money(perClaimCap))) {
            problems.add(Problem.of(Rule.CLAIM_OVER_PER_CLAIM_CAP, concerns, amount, money(perClaimCap)));
        }
        if (perPersonCap != null) {
            if (persons == null || persons < 1) {
                problems.add(Problem.of(Rule.CLAIM_PERSONS_MISSING, concerns));
            } else if (persons > maxPersons) {
                problems.add(Problem.of(Rule.CLAIM_TOO_MANY_PERSONS, concerns, persons, maxPersons));
            } else if (amount.isGreaterThan(money(perPersonCap).times(persons))) {
                problems.add(Problem.of(Rule.CLAIM_OVER_PER_PERSON_CAP, concerns, amount, money(perPersonCap), persons));
            }
        }
        Money total = claimedBefore.plus(amount);
        if (perPeriodCap != null && total.isGreaterThan(money(perPeriodCap))) {
            problems.add(Problem.of(Rule.CLAIM_OVER_PERIOD_CAP, concerns, total, money(perPeriodCap)));
        }
        earnedShareCap(earned).ifPresent(share -> {
            if (total.isGreaterThan(share)) {
                if (earnedShareFloor != null) {
                    problems.add(Problem.of(Rule.CLAIM_OVER_PERIOD_CAP, concerns, total, share));
                } else {
                    problems.add(Problem.of(Rule.CLAIM_OVER_EARNED_SHARE_CAP, concerns, total, share,
                            earnedSharePercent.stripTrailingZeros().toPlainString()));
                }
            }
        });
        if (alcoholExcluded && includesAlcohol) {
            problems.add(Problem.of(Rule.CLAIM_ALCOHOL_NOT_ELIGIBLE, concerns));
        }
        return problems;
    }

    private Money money(BigDecimal amount) {
        return Money.ofNullable(amount, getCurrency());
    }

    /** Whether this is a type of the standard catalogue (translated by the UI), not an admin's own. */
    public boolean isStandard() {
        return displayName == null;
    }

    public CatalogueName name() {
        return isStandard() ? CatalogueName.standard(CatalogueName.Kind.ACTIVITY_TYPE, code)
                : new CatalogueName(CatalogueName.Kind.ACTIVITY_TYPE, code, displayName, displayNameZh);
    }

    /** A required metric's name; a code this type does not know is named by the standard catalogue. */
    public CatalogueName metricName(String metricCode) {
        return requiredMetrics.stream().filter(m -> m.getCode().equals(metricCode)).findFirst()
                .map(Metric::catalogueName)
                .orElse(CatalogueName.standard(CatalogueName.Kind.METRIC, metricCode));
    }

    public CatalogueName requirementName(String requirementCode) {
        return requirement(requirementCode).map(r -> r.catalogueName(isStandard()))
                .orElse(CatalogueName.standard(CatalogueName.Kind.EVIDENCE, requirementCode));
    }

    public Optional<EvidenceRequirement> requirement(String requirementCode) {
        return evidenceRequirements.stream().filter(r -> r.getCode().equals(requirementCode)).findFirst();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Program getProgram() {
        return program;
    }

    public Currency getCurrency() {
        return program.getCurrency();
    }

    public String getCode() {
        return code;
    }

    public ActivityCategory getCategory() {
        return category;
    }

    public String getNameKey() {
        return nameKey;
    }

    /** The admin-given name, or null for standard types (named by their translation key). */
    public String getDisplayName() {
        return displayName;
    }

    public String getGuidanceUrl() {
        return guidanceUrl;
    }

    public List<EvidenceRequirement> getEvidenceRequirements() {
        return List.copyOf(evidenceRequirements);
    }

    /** The required metrics' codes. */
    public List<String> getRequiredMetrics() {
        return requiredMetrics.stream().map(Metric::getCode).toList();
    }

    public List<Metric> getMetrics() {
        return List.copyOf(requiredMetrics);
    }

    public String getDisplayNameZh() {
        return displayNameZh;
    }

    public int getRevision() {
        return revision;
    }

    public java.time.Instant getRevisedAt() {
        return revisedAt;
    }

    public Long getReplacedBy() {
        return replacedBy;
    }

    /** Replaced by a later revision: kept only for the plans and claims checked against it. */
    public boolean isRetired() {
        return replacedBy != null;
    }

    public Optional<Money> getPerClaimCap() {
        return Optional.ofNullable(perClaimCap).map(this::money);
    }

    public Optional<Money> getPerPeriodCap() {
        return Optional.ofNullable(perPeriodCap).map(this::money);
    }

    public Optional<BigDecimal> getEarnedSharePercent() {
        return Optional.ofNullable(earnedSharePercent);
    }

    public Optional<Money> getEarnedShareFloor() {
        return Optional.ofNullable(earnedShareFloor).map(this::money);
    }

    public Optional<Money> getPerPersonCap() {
        return Optional.ofNullable(perPersonCap).map(this::money);
    }

    public Optional<Integer> getMaxPersons() {
        return Optional.ofNullable(maxPersons);
    }

    public boolean isAlcoholExcluded() {
        return alcoholExcluded;
    }

    public boolean isActive() {
        return active;
    }
}
