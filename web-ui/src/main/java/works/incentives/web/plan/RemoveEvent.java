package works.incentives.web.plan;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;

/** Remove an item of the plan on screen: a campaign (with its activities) or an activity, by id. */
public class RemoveEvent extends ComponentEvent<Component> {
    private final long itemId;

    RemoveEvent(Component source, long itemId) {
        super(source, false);
        this.itemId = itemId;
    }

    /** The campaign's or activity's id. */
    public long itemId() {
        return itemId;
    }
}
