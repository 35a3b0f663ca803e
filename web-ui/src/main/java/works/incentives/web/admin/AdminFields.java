package works.incentives.web.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;

/** The admin forms' fields: each with the element id tests find it by and its label in the user's language. */
final class AdminFields {

    private AdminFields() {
    }

    static <F extends Component & HasLabel> F labelled(F field, String id, String labelKey) {
        field.setId(id);
        field.setLabel(field.getTranslation(labelKey));
        return field;
    }
}
