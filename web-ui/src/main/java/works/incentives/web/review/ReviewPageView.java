package works.incentives.web.review;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import works.incentives.domain.access.CurrentActor;
import works.incentives.domain.partner.PartnerService;
import works.incentives.domain.partner.PartnerService.PartnerView;
import works.incentives.domain.program.ProgramService;
import works.incentives.domain.program.ProgramSummary;
import works.incentives.domain.shared.Actor;
import works.incentives.web.component.Feedback;

import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;

/**
 * A reviewer's page of one item (a plan, a claim): its name and status badge, the decisions its
 * state allows, and columns the kind fills in. Every decision carries the version shown; when
 * someone else changed the item meanwhile, {@link Feedback} says so and the page shows the fresh
 * state.
 *
 * @param <V> the item as the service returns it
 */
abstract class ReviewPageView<V> extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /**
     * What one kind of reviewed item is.
     *
     * @param kind         "plan" or "claim": the prefix of element ids and the route parameter ({@code <kind>Id})
     * @param pageTitleKey the page's title after the item's name
     * @param id           the item's id
     * @param name         the item's name, the page's heading
     * @param status       the item's status (its name is a test hook on the badge)
     * @param statusKey    the translation key of the status
     */
    record Kind<V>(String kind, String pageTitleKey, ToLongFunction<V> id, Function<V, String> name,
                   Function<V, Enum<?>> status, Function<V, String> statusKey) {
    }

    private final H1 title = new H1();
    final Span status = new Span();
    final Div body = new Div();
    final CurrentActor currentActor;
    private final Kind<V> kind;
    private final PartnerService partners;
    private final ProgramService programs;
    private V shown;

    ReviewPageView(Kind<V> kind, PartnerService partners, ProgramService programs, CurrentActor currentActor) {
        this.kind = kind;
        this.partners = partners;
        this.programs = programs;
        this.currentActor = currentActor;
        addClassName("review-page");
        title.setId(kind.kind() + "-title");
        status.setId(kind.kind() + "-status");
        status.addClassName("review-badge");
        body.addClassName("review-columns");
    }

    /** The item as stored now (the service may refuse). */
    abstract V fetch(long id, Actor actor);

    /** Fills the decisions and the columns for the item. */
    abstract void showItem(V item);

    /** The name and the status badge, to add above the rest. */
    Div header() {
        return new Div(title, status);
    }

    /** The item shown now, or null. */
    V shown() {
        return shown;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters().getLong(kind.kind() + "Id").ifPresentOrElse(this::load,
                () -> event.rerouteToError(NotFoundException.class));
    }

    /** Loads and shows the item as stored now; an item the reviewer cannot see shows the refusal. */
    void load(long id) {
        V fresh = Feedback.attempt(this, () -> fetch(id, currentActor.require()));
        if (fresh != null) {
            show(fresh);
        }
    }

    void show(V item) {
        this.shown = item;
        title.setText(kind.name().apply(item));
        status.setText(getTranslation(kind.statusKey().apply(item)));
        status.getElement().setAttribute("data-status", kind.status().apply(item).name());
        showItem(item);
    }

    /** Runs a decision on the version shown; on success or refusal the page shows the item as stored now. */
    void decideOn(String successKey, UnaryOperator<V> call) {
        V item = shown;
        V decided = Feedback.attempt(this, (Supplier<V>) () -> call.apply(item));
        if (decided != null) {
            Feedback.success(getTranslation(successKey));
        }
        load(kind.id().applyAsLong(item));
    }

    String partnerName(long partnerId) {
        return partners.list(currentActor.require()).stream().filter(p -> p.id() == partnerId)
                .map(PartnerView::name).findFirst().orElse(String.valueOf(partnerId));
    }

    String programName(long programId) {
        return programs.listPrograms().stream().filter(p -> p.id() == programId)
                .map(ProgramSummary::name).findFirst().orElse(String.valueOf(programId));
    }

    @Override
    public String getPageTitle() {
        return (shown == null ? "" : kind.name().apply(shown) + " | ") + getTranslation(kind.pageTitleKey());
    }
}
