package works.incentives.web.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import works.incentives.domain.access.CurrentActor;
import works.incentives.domain.program.ProgramAdminService;
import works.incentives.domain.program.ProgramCommands.ActivityTypeView;
import works.incentives.domain.program.ProgramCommands.EditActivityType;
import works.incentives.domain.program.ProgramCommands.ProgramView;
import works.incentives.web.component.Feedback;
import works.incentives.web.i18n.CatalogueNames;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A program's activity-type catalogue: what partners may plan and claim, with the evidence,
 * metrics and caps each type asks for. An empty catalogue offers the standard one (DOMAIN.md);
 * admins add their own types with display names in both languages, as those have no translation.
 * Each type can be edited (an edit after plans were submitted becomes a new catalogue revision;
 * those plans keep theirs) and deactivated (no longer offered; plans and claims keep working).
 */
class ActivityCataloguePanel extends VerticalLayout {

    final Grid<ActivityTypeView> typesGrid = new Grid<>();
    final Button install = new Button();
    final Button define = new Button();
    final Paragraph empty = new Paragraph();
    private final ProgramAdminService admin;
    private final CurrentActor currentActor;
    private final ProgramView program;

    ActivityCataloguePanel(ProgramAdminService admin, CurrentActor currentActor, ProgramView program) {
        this.admin = admin;
        this.currentActor = currentActor;
        this.program = program;
        setPadding(false);
        typesGrid.setId("types-grid");
        typesGrid.setAllRowsVisible(true);
        typesGrid.addColumn(t -> CatalogueNames.category(this, t.category())).setHeader(getTranslation("admin.type.category"))
                .setSortable(true).setFlexGrow(2);
        typesGrid.addColumn(t -> CatalogueNames.activityType(this, t)).setHeader(getTranslation("admin.type.name"))
                .setSortable(true).setFlexGrow(3);
        typesGrid.addColumn(ActivityTypeView::code).setHeader(getTranslation("admin.type.code")).setFlexGrow(2)
                .setPartNameGenerator(t -> "code-cell"); // a long code wraps instead of being cut (app.css)
        typesGrid.addColumn(t -> t.evidence().size()).setHeader(getTranslation("admin.type.evidenceCount"));
        typesGrid.addColumn(t -> t.metrics().stream().map(m -> CatalogueNames.metric(this, m))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("admin.type.metrics")).setFlexGrow(3);
        typesGrid.addColumn(this::caps).setHeader(getTranslation("admin.type.caps")).setFlexGrow(3);
        typesGrid.addColumn(t -> t.revisedAt() == null ? String.valueOf(t.revision()) : t.revision() + " · "
                        + AdminFormat.date(t.revisedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate(), getLocale()))
                .setHeader(getTranslation("admin.type.revision")).setFlexGrow(1);
        typesGrid.addColumn(t -> getTranslation(t.active() ? "admin.type.status.active" : "admin.type.status.inactive"))
                .setHeader(getTranslation("admin.type.status"));
        typesGrid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        typesGrid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(this::details));
        install.setText(getTranslation("admin.type.installStandard"));
        install.setId("install-standard");
        install.addClickListener(e -> {
            if (Feedback.attempt(this, () -> admin.installStandardCatalogue(program.id(), currentActor.require())) != null) {
                refresh();
            }
        });
        define.setText(getTranslation("admin.type.define"));
        define.setId("define-type");
        define.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        define.addClickListener(e -> openForm(null));
        empty.setText(getTranslation("admin.type.empty"));
        empty.setId("types-empty");
        add(new HorizontalLayout(define, install), empty, typesGrid);
        refresh();
    }

    void refresh() {
        List<ActivityTypeView> types = admin.listActivityTypes(program.id());
        typesGrid.setItems(types);
        install.setVisible(types.isEmpty());
        empty.setVisible(types.isEmpty());
    }

    /** Every cap in one line, e.g. "USD 18,750.00 per period · 25% of earned"; "–" when none. */
    String caps(ActivityTypeView t) {
        String currency = program.currencyCode();
        List<String> caps = new ArrayList<>();
        if (t.perClaimCap() != null) {
            caps.add(getTranslation("admin.cap.perClaim", AdminFormat.money(t.perClaimCap(), currency, getLocale())));
        }
        if (t.perPeriodCap() != null) {
            caps.add(getTranslation("admin.cap.perPeriod", AdminFormat.money(t.perPeriodCap(), currency, getLocale())));
        }
        if (t.earnedSharePercent() != null) {
            caps.add(t.earnedShareFloor() == null
                    ? getTranslation("admin.cap.share", t.earnedSharePercent().stripTrailingZeros().toPlainString())
                    : getTranslation("admin.cap.shareWithFloor", t.earnedSharePercent().stripTrailingZeros().toPlainString(),
                    AdminFormat.money(t.earnedShareFloor(), currency, getLocale())));
        }
        if (t.perPersonCap() != null) {
            caps.add(getTranslation("admin.cap.perPerson", AdminFormat.money(t.perPersonCap(), currency, getLocale()),
                    t.maxPersons()));
        }
        if (t.alcoholExcluded()) {
            caps.add(getTranslation("admin.cap.noAlcohol"));
        }
        return caps.isEmpty() ? "–" : String.join(" · ", caps);
    }

    private com.vaadin.flow.component.Component details(ActivityTypeView t) {
        com.vaadin.flow.component.html.UnorderedList list = new com.vaadin.flow.component.html.UnorderedList();
        list.addClassName("admin-evidence-list");
        t.evidence().forEach(r -> list.add(new com.vaadin.flow.component.html.ListItem(
                CatalogueNames.evidence(this, t, r)
                        + (r.mandatory() ? "" : " (" + getTranslation("admin.evidence.optional") + ")")
                        + (r.example() == null ? "" : " — " + getTranslation("admin.evidence.exampleIs", r.example())))));
        return list;
    }

    /** Edit, and deactivate or offer again; element ids carry the type's code. */
    HorizontalLayout actions(ActivityTypeView t) {
        Button edit = new Button(getTranslation("admin.type.edit"), e -> openForm(t));
        edit.setId("type-edit-" + t.code());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        Button toggle = new Button(getTranslation(t.active() ? "admin.type.deactivate" : "admin.type.activate"),
                e -> toggle(t));
        toggle.setId("type-toggle-" + t.code());
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        return new HorizontalLayout(edit, toggle);
    }

    private void toggle(ActivityTypeView t) {
        ActivityTypeView changed = Feedback.attempt(this, () -> t.active()
                ? admin.deactivateActivityType(t.id(), t.version(), currentActor.require())
                : admin.activateActivityType(t.id(), t.version(), currentActor.require()));
        if (changed != null) {
            Feedback.success(getTranslation(changed.active() ? "admin.type.activated" : "admin.type.deactivated",
                    CatalogueNames.activityType(this, changed)));
        }
        refresh();
    }

    private void openForm(ActivityTypeView editing) {
        Dialog dialog = new Dialog();
        dialog.setId("type-dialog");
        dialog.setWidth("min(60em, 95vw)");
        dialog.setHeaderTitle(editing == null ? getTranslation("admin.type.define")
                : getTranslation("admin.type.editTitle", CatalogueNames.activityType(this, editing)));
        ActivityTypeForm form = new ActivityTypeForm(program.id(), program.currencyCode());
        if (editing != null) {
            form.edit(editing);
        }
        form.addSaveListener(e -> {
            ActivityTypeView saved = Feedback.attempt(this, () -> editing == null
                    ? admin.defineActivityType(e.command(), currentActor.require())
                    : admin.editActivityType(new EditActivityType(editing.id(), editing.version(), e.command()),
                    currentActor.require()));
            if (saved != null) {
                dialog.close();
                Feedback.success(editing == null
                        ? getTranslation("admin.type.defined", CatalogueNames.activityType(this, saved))
                        : getTranslation("admin.type.saved", CatalogueNames.activityType(this, saved),
                        CatalogueNames.revision(this, saved)));
            }
            refresh(); // after "changed by someone else" the grid shows the fresh state to edit again
        });
        Button save = new Button(getTranslation("admin.common.save"), e -> form.save());
        save.setId("type-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}
