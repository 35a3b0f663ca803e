package works.incentives.web.plan;

import com.vaadin.flow.component.combobox.ComboBox;
import works.incentives.domain.program.ProgramCommands.ActivityTypeView;
import works.incentives.web.i18n.CatalogueNames;

import java.util.Comparator;
import java.util.List;

/** The catalogue's active activity types, sorted by category and name, each named with its category. */
class ActivityTypePicker extends ComboBox<ActivityTypeView> {

    ActivityTypePicker() {
        setItemLabelGenerator(t -> TypeRules.typeName(this, t) + " · " + CatalogueNames.category(this, t.category()));
    }

    void setTypes(List<ActivityTypeView> types) {
        setItems(types.stream().filter(ActivityTypeView::active)
                .sorted(Comparator.comparing((ActivityTypeView t) -> t.category().ordinal())
                        .thenComparing(t -> TypeRules.typeName(this, t))).toList());
    }
}
