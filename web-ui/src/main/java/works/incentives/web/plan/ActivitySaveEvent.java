package works.incentives.web.plan;

import com.vaadin.flow.component.ComponentEvent;
import works.incentives.domain.plan.PlanCommands.ActivityData;

/** Save in the activity form: valid input for a new ({@code activityId} null) or existing activity of a campaign. */
public class ActivitySaveEvent extends ComponentEvent<ActivityForm> {
    private final long campaignId;
    private final Long activityId;
    private final ActivityData data;

    ActivitySaveEvent(ActivityForm source, long campaignId, Long activityId, ActivityData data) {
        super(source, false);
        this.campaignId = campaignId;
        this.activityId = activityId;
        this.data = data;
    }

    public long campaignId() { return campaignId; }
    public Long activityId() { return activityId; }
    public ActivityData data() { return data; }
}
