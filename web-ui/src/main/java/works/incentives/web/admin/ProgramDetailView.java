package works.incentives.web.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import works.incentives.domain.program.ProgramCommands.UpdateProgram;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import works.incentives.domain.access.CurrentActor;
import works.incentives.domain.program.ProgramAdminService;
import works.incentives.domain.program.ProgramCommands.ProgramView;
import works.incentives.web.component.Feedback;
import works.incentives.web.layout.MainLayout;
import works.incentives.web.security.Roles;

/**
 * One program as its admin configures it: the rules it was created with, its funding periods
 * and its activity-type catalogue, each on a tab. An unknown id leads back to the list.
 */
@Route(value = "admin/programs/:" + ProgramDetailView.PROGRAM_ID + "([0-9]{1,18})", layout = MainLayout.class)
@RolesAllowed(Roles.PROGRAM_ADMIN)
@StyleSheet("context://styles/admin.css")
public class ProgramDetailView extends VerticalLayout implements BeforeEnterObserver, LocaleChangeObserver,
        HasDynamicTitle {

    static final String PROGRAM_ID = "programId";

    private final ProgramAdminService admin;
    private final CurrentActor currentActor;
    ProgramView program;

    @Inject
    public ProgramDetailView(ProgramAdminService admin, CurrentActor currentActor) {
        this.admin = admin;
        this.currentActor = currentActor;
        addClassName("admin-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong(PROGRAM_ID).orElse(-1L);
        program = Feedback.attempt(this, () -> admin.getProgram(id));
        if (program == null) {
            event.forwardTo(ProgramsView.class);
        } else if (isAttached()) {
            build();
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        build();
    }

    /** Shows {@code shown} without a navigation (tests, and after a language switch). */
    void show(ProgramView shown) {
        program = shown;
        build();
    }

    private void build() {
        removeAll();
        if (program == null) {
            return;
        }
        RouterLink back = new RouterLink(getTranslation("admin.programs.back"), ProgramsView.class);
        back.setId("back-to-programs");
        H1 title = new H1(program.name());
        title.setId("program-title");
        Button editProgram = new Button(getTranslation("admin.program.edit"), e -> openEdit());
        editProgram.setId("program-edit");
        Button toggle = new Button(getTranslation(program.active() ? "admin.program.deactivate" : "admin.program.activate"),
                e -> toggleActive());
        toggle.setId("program-toggle");
        Span state = new Span(getTranslation(program.active() ? "admin.program.active" : "admin.program.inactive"));
        state.setId("program-state");
        TabSheet tabs = new TabSheet();
        tabs.setId("program-tabs");
        tabs.setWidthFull();
        tabs.add(getTranslation("admin.program.tab.periods"), new FundingPeriodsPanel(admin, currentActor, program));
        tabs.add(getTranslation("admin.program.tab.catalogue"), new ActivityCataloguePanel(admin, currentActor, program));
        tabs.add(getTranslation("admin.program.tab.rules"), rules());
        HorizontalLayout actions = new HorizontalLayout(state, editProgram, toggle);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(back, title, actions, tabs);
    }

    /** The program's name and rules in the creation form, saved on the version shown. */
    private void openEdit() {
        ProgramView shown = program;
        Dialog dialog = new Dialog();
        dialog.setId("program-dialog");
        dialog.setHeaderTitle(getTranslation("admin.program.edit"));
        ProgramForm form = new ProgramForm();
        form.edit(shown);
        form.addSaveListener(e -> {
            var c = e.command();
            ProgramView saved = Feedback.attempt(this, () -> admin.updateProgram(new UpdateProgram(shown.id(),
                    shown.version(), c.name(), c.planPreApprovalRequired(), c.claimDeadlineDays(),
                    c.planResubmissionDays(), c.answerBusinessDays(), c.disputeWindowDays(), c.rebateThreshold(),
                    shown.guidanceUrl()), currentActor.require()));
            if (saved != null) {
                dialog.close();
                Feedback.success(getTranslation("admin.program.saved", saved.name()));
            }
            reload();
        });
        Button save = new Button(getTranslation("admin.common.save"), e -> form.save());
        save.setId("program-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void toggleActive() {
        ProgramView shown = program;
        ProgramView changed = Feedback.attempt(this, () -> admin.setProgramActive(shown.id(), shown.version(),
                !shown.active(), currentActor.require()));
        if (changed != null) {
            Feedback.success(getTranslation(changed.active() ? "admin.program.activated" : "admin.program.deactivated",
                    changed.name()));
        }
        reload();
    }

    /** The program as stored now (after a change, or after someone else's). */
    private void reload() {
        ProgramView fresh = Feedback.attempt(this, () -> admin.getProgram(program.id()));
        if (fresh != null) {
            show(fresh);
        }
    }

    private DescriptionList rules() {
        DescriptionList rules = new DescriptionList();
        rules.setId("program-rules");
        rules.addClassName("admin-rules");
        term(rules, "admin.program.year", getTranslation("admin.program.yearRange",
                AdminFormat.date(program.yearStart(), getLocale()), AdminFormat.date(program.yearEnd(), getLocale())));
        term(rules, "admin.program.currency", program.currencyCode());
        term(rules, "admin.program.preApproval", getTranslation(program.planPreApprovalRequired() ? "common.yes" : "common.no"));
        term(rules, "admin.program.claimDeadlineDays", String.valueOf(program.claimDeadlineDays()));
        term(rules, "admin.program.planResubmissionDays", String.valueOf(program.planResubmissionDays()));
        term(rules, "admin.program.answerBusinessDays", String.valueOf(program.answerBusinessDays()));
        term(rules, "admin.program.disputeWindowDays", String.valueOf(program.disputeWindowDays()));
        term(rules, "admin.program.rebateThreshold", AdminFormat.money(program.rebateThreshold(), program.currencyCode(),
                getLocale()));
        if (program.guidanceUrl() != null) {
            rules.add(new DescriptionList.Term(getTranslation("admin.type.guidanceUrl")),
                    new DescriptionList.Description(new Anchor(program.guidanceUrl(), program.guidanceUrl())));
        }
        return rules;
    }

    private void term(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    @Override
    public String getPageTitle() {
        return (program == null ? "" : program.name() + " | ") + getTranslation("admin.programs.title") + " | "
                + getTranslation("app.name");
    }
}
