package works.incentives.web.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import works.incentives.domain.access.CurrentActor;
import works.incentives.domain.account.AccountService;
import works.incentives.domain.account.InviteUser;
import works.incentives.domain.account.Invitation;
import works.incentives.domain.partner.PartnerService;
import works.incentives.domain.partner.PartnerService.PartnerView;
import works.incentives.domain.shared.Role;
import works.incentives.web.component.Feedback;
import works.incentives.web.layout.MainLayout;
import works.incentives.web.security.Roles;

import works.incentives.web.i18n.LocalFormats;

import java.util.Arrays;
import java.util.Locale;

/**
 * A program admin's partner organizations: register a partner and invite its first incentives
 * admin, who then manages the partner's own users.
 */
@Route(value = "admin/partners", layout = MainLayout.class)
@RolesAllowed(Roles.PROGRAM_ADMIN)
public class PartnersView extends VerticalLayout implements HasDynamicTitle {

    final Grid<PartnerView> partnersGrid = new Grid<>();
    private final PartnerService partners;
    private final AccountService accounts;
    private final CurrentActor currentActor;

    @Inject
    public PartnersView(PartnerService partners, AccountService accounts, CurrentActor currentActor) {
        this.partners = partners;
        this.accounts = accounts;
        this.currentActor = currentActor;
        partnersGrid.setId("partners-grid");
        partnersGrid.addColumn(PartnerView::name).setHeader(getTranslation("partners.name")).setSortable(true).setFlexGrow(3);
        partnersGrid.addColumn(p -> LocalFormats.country(p.countryCode(), getLocale()))
                .setComparator((a, b) -> LocalFormats.byCountryName(getLocale()).compare(a.countryCode(), b.countryCode()))
                .setHeader(getTranslation("partners.country")).setSortable(true);
        partnersGrid.addComponentColumn(p -> {
            Button invite = new Button(getTranslation("partners.inviteAdmin"), e -> inviteAdmin(p));
            invite.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return invite;
        }).setHeader(getTranslation("users.actions"));
        partnersGrid.setAllRowsVisible(true);

        Button register = new Button(getTranslation("partners.register"), e -> register());
        register.setId("register-partner");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("partners.title")), register, partnersGrid);
        refresh();
    }

    private void refresh() {
        partnersGrid.setItems(partners.list(currentActor.require()));
    }

    private void register() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("partners.register"));
        TextField name = new TextField(getTranslation("partners.name"));
        name.setId("partner-name");
        name.setRequired(true);
        ComboBox<String> country = new ComboBox<>(getTranslation("partners.country"));
        country.setId("partner-country");
        country.setItems(Arrays.stream(Locale.getISOCountries()).sorted(LocalFormats.byCountryName(getLocale())).toList());
        country.setItemLabelGenerator(code -> LocalFormats.country(code, getLocale()) + " (" + code + ")");
        country.setRequired(true);
        Button save = new Button(getTranslation("partners.register"), e -> {
            name.setInvalid(name.isEmpty());
            name.setErrorMessage(getTranslation("validation.required"));
            country.setInvalid(country.isEmpty());
            country.setErrorMessage(getTranslation("validation.required"));
            if (name.isEmpty() || country.isEmpty()) {
                return;
            }
            if (Feedback.attempt(this, () -> partners.register(name.getValue(), country.getValue(),
                    currentActor.require())) != null) {
                dialog.close();
                refresh();
            }
        });
        save.setId("partner-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(name, country));
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void inviteAdmin(PartnerView partner) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("partners.inviteAdmin"));
        TextField userName = new TextField(getTranslation("users.userName"));
        userName.setHelperText(getTranslation("users.userName.help"));
        TextField displayName = new TextField(getTranslation("users.name"));
        Button send = new Button(getTranslation("users.invite.send"), e -> {
            Invitation invitation = Feedback.attempt(this, () -> accounts.invite(new InviteUser(userName.getValue(),
                    displayName.getValue(), Role.INCENTIVES_ADMIN, partner.id())));
            if (invitation != null) {
                dialog.removeAll();
                Span password = new Span(invitation.temporaryPassword());
                password.setId("temporary-password");
                dialog.add(new Paragraph(getTranslation("users.temporary.text", invitation.user().displayName(),
                        invitation.user().userName())), password);
                dialog.getFooter().removeAll();
                dialog.getFooter().add(new Button(getTranslation("common.close"), c -> dialog.close()));
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(partner.name()), new FormLayout(userName, displayName));
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), send);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("partners.title") + " | " + getTranslation("app.name");
    }
}
