package works.incentives.domain.plan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import works.incentives.domain.program.ActivityType;
import works.incentives.domain.shared.DateRange;
import works.incentives.domain.shared.Money;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A campaign of a plan: name, objective, start and end dates (which must lie inside the usage
 * period, checked by {@link Plan#check}) and its activities. Changed only through the plan.
 */
@Entity
@Table(name = "plan_campaign")
public class Campaign {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_campaign_seq")
    @SequenceGenerator(name = "plan_campaign_seq", sequenceName = "plan_campaign_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    private Plan plan;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 2000)
    private String objective;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @OneToMany(mappedBy = "campaign", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Activity> activities = new ArrayList<>();

    protected Campaign() {
        // for JPA
    }

    Campaign(Plan plan, String name, String objective, DateRange dates) {
        this.plan = plan;
        update(name, objective, dates);
    }

    final void update(String newName, String newObjective, DateRange dates) {
        this.name = newName == null ? "" : newName.strip();
        this.objective = newObjective;
        this.startDate = Objects.requireNonNull(dates, "dates").start();
        this.endDate = dates.end();
    }

    Activity addActivity(ActivityType type, Set<String> countries, Money amount, Map<String, String> metrics,
                         String description) {
        Activity activity = new Activity(this, type, countries, amount, metrics, description);
        activities.add(activity);
        return activity;
    }

    boolean removeActivity(Activity activity) {
        return activities.remove(activity);
    }

    public Money plannedTotal() {
        return activities.stream().map(Activity::getPlannedAmount)
                .reduce(Money.zero(plan.getCurrency()), Money::plus);
    }

    /** How problems and comments point at this campaign. */
    public String ref() {
        return id != null ? "campaign:" + id : "campaign:#" + (plan.getCampaigns().indexOf(this) + 1);
    }

    public Long getId() {
        return id;
    }

    public Plan getPlan() {
        return plan;
    }

    public String getName() {
        return name;
    }

    public String getObjective() {
        return objective;
    }

    public DateRange getDates() {
        return DateRange.of(startDate, endDate);
    }

    public List<Activity> getActivities() {
        return Collections.unmodifiableList(activities);
    }
}
