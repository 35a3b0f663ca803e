package works.incentives.web.plan;

import works.incentives.domain.plan.PlanCommands.ActivityData;
import works.incentives.domain.plan.PlanCommands.ActivityView;
import works.incentives.domain.program.ProgramCommands.ActivityTypeView;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The activity form's bean: what its buffered binder reads and writes. */
public class ActivityDraft {
    private ActivityTypeView type;
    private Set<String> countries = new HashSet<>();
    private BigDecimal amount;
    private final Map<String, String> metrics = new LinkedHashMap<>();
    private String description = "";

    public ActivityTypeView getType() { return type; }
    public void setType(ActivityTypeView type) { this.type = type; }
    public Set<String> getCountries() { return countries; }
    public void setCountries(Set<String> countries) { this.countries = new HashSet<>(countries); }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public Map<String, String> getMetrics() { return metrics; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }

    /** A stored activity's values; its type by code among the active ones of {@code types}, or none. */
    static ActivityDraft of(ActivityView activity, List<ActivityTypeView> types) {
        ActivityDraft draft = new ActivityDraft();
        if (activity != null) {
            // by code: a draft may still point at a revision an admin's edit has replaced since
            draft.setType(types.stream().filter(t -> t.active() && t.code().equals(activity.activityTypeCode()))
                    .findFirst().orElse(null));
            draft.setCountries(activity.countries());
            draft.setAmount(activity.plannedAmount());
            draft.getMetrics().putAll(activity.plannedMetrics());
            draft.setDescription(activity.description() == null ? "" : activity.description());
        }
        return draft;
    }

    ActivityData command() {
        Map<String, String> planned = new LinkedHashMap<>();
        type.metrics().forEach(m -> planned.put(m, metrics.getOrDefault(m, "").strip()));
        return new ActivityData(type.id(), Set.copyOf(countries), amount, planned,
                description == null ? null : description.strip());
    }
}
