package works.incentives.web.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import works.incentives.web.component.DateField;
import works.incentives.domain.apitoken.ApiToken;
import works.incentives.domain.apitoken.ApiTokenService;
import works.incentives.domain.apitoken.ApiTokenService.ApiTokenView;
import works.incentives.domain.apitoken.ApiTokenService.NewApiToken;
import works.incentives.web.component.Feedback;
import works.incentives.web.layout.MainLayout;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The signed-in user's personal API tokens (issue 14.1): create one (its secret shown once, in a
 * dialog), see when each was created and last used, revoke one. A token acts as its user, so
 * every role has this view and sees only its own tokens.
 */
@Route(value = "api-tokens", layout = MainLayout.class)
@PermitAll
public class ApiTokensView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    final TextField name = new TextField();
    final DatePicker expiresOn = new DateField();
    final Button create = new Button();
    final Grid<ApiTokenView> tokens = new Grid<>();
    private final ApiTokenService service;

    @Inject
    public ApiTokensView(ApiTokenService service) {
        this.service = service;
        addClassName("narrow-form");
        name.setId("api-token-name");
        name.setLabel(getTranslation("apiTokens.name"));
        name.setHelperText(getTranslation("apiTokens.name.help"));
        name.setMaxLength(ApiToken.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        expiresOn.setId("api-token-expires");
        expiresOn.setLabel(getTranslation("apiTokens.expires"));
        expiresOn.setMin(LocalDate.now(ZoneOffset.UTC).plusDays(1));
        create.setId("api-token-create");
        create.setText(getTranslation("apiTokens.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create());
        tokens.setId("api-tokens");
        tokens.setAllRowsVisible(true);
        tokens.addColumn(ApiTokenView::name).setHeader(getTranslation("apiTokens.column.name")).setFlexGrow(2);
        tokens.addColumn(t -> when(t.createdAt())).setHeader(getTranslation("apiTokens.column.created"));
        tokens.addColumn(t -> t.lastUsedAt() == null ? getTranslation("apiTokens.never") : when(t.lastUsedAt()))
                .setHeader(getTranslation("apiTokens.column.lastUsed"));
        tokens.addColumn(t -> t.expiresAt() == null ? getTranslation("apiTokens.noExpiry") : when(t.expiresAt()))
                .setHeader(getTranslation("apiTokens.column.expires"));
        tokens.addColumn(this::status).setHeader(getTranslation("apiTokens.column.status"));
        tokens.addColumn(new ComponentRenderer<>(this::revokeButton)).setKey("revoke");
        HorizontalLayout form = new HorizontalLayout(name, expiresOn, create);
        form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(new H1(getTranslation("apiTokens.title")), new Paragraph(getTranslation("apiTokens.help")), form, tokens);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("apiTokens.title");
    }

    void create() {
        NewApiToken created = Feedback.attempt(this, () -> service.create(name.getValue(), expiresOn.getValue()));
        if (created != null) {
            name.clear();
            name.setInvalid(false);
            expiresOn.clear();
            refresh();
            showOnce(created);
        }
    }

    /** The secret, shown only now: the server keeps its hash alone. */
    private void showOnce(NewApiToken created) {
        Dialog dialog = new Dialog();
        dialog.setId("api-token-created");
        dialog.setHeaderTitle(getTranslation("apiTokens.created.title"));
        Span secret = new Span(created.secret());
        secret.setId("api-token-secret");
        secret.addClassName("temporary-password");
        dialog.add(new Paragraph(getTranslation("apiTokens.created.text")), secret);
        dialog.getFooter().add(new Button(getTranslation("apiTokens.created.close"), e -> dialog.close()));
        dialog.open();
    }

    private Button revokeButton(ApiTokenView token) {
        Button revoke = new Button(getTranslation("apiTokens.revoke"), e -> revoke(token));
        revoke.setId("api-token-revoke-" + token.id());
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        revoke.setVisible(token.active());
        return revoke;
    }

    void revoke(ApiTokenView token) {
        if (Feedback.attempt(this, () -> service.revoke(token.id(), token.version())) != null) {
            Feedback.success(getTranslation("apiTokens.revoked", token.name()));
        }
        refresh();
    }

    String status(ApiTokenView token) {
        if (token.revokedAt() != null) {
            return getTranslation("apiTokens.status.revoked");
        }
        return getTranslation(token.active() ? "apiTokens.status.active" : "apiTokens.status.expired");
    }

    private static String when(Instant instant) {
        return WHEN.format(instant);
    }

    private void refresh() {
        tokens.setItems(service.mine());
    }
}
