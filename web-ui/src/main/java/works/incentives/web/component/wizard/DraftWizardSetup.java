package works.incentives.web.component.wizard;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;

/**
 * A draft wizard's routes and texts (see {@link DraftWizardView}).
 *
 * @param idParameter  the route parameter holding the draft id (also the read-only page's)
 * @param steps        the steps as URLs
 * @param listView     where Save and close returns to, and a draft that cannot be loaded
 * @param readOnlyView the draft's page once it is no longer editable, and after Submit
 * @param textPrefix   the prefix of the heading, saved and submitted texts
 *                     ({@code <prefix>.newHeading}, {@code .heading}, {@code .saved}, {@code .submitted})
 */
public record DraftWizardSetup(String idParameter, StepMap steps, Class<? extends Component> listView,
                               Class<? extends Component> readOnlyView, String textPrefix) {

    /** The wizard's heading: the draft's name, or the new-draft heading before it exists. */
    String heading(Component view, DraftWorkspace draft) {
        if (draft == null || draft.draftId() == null) {
            return view.getTranslation(textPrefix + ".newHeading");
        }
        return view.getTranslation(textPrefix + ".heading", draft.draftName() == null ? "" : draft.draftName());
    }

    /** The route parameters of a draft's read-only page. */
    RouteParameters readOnly(long draftId) {
        return new RouteParameters(idParameter, String.valueOf(draftId));
    }

    /** Opens a step of a draft, with the focus on the item a problem concerns (or none). */
    void open(long draftId, String stepId, String focus) {
        UI.getCurrent().navigate(steps.route(draftId, stepId), focus == null ? QueryParameters.empty()
                : QueryParameters.of("focus", focus));
    }
}
