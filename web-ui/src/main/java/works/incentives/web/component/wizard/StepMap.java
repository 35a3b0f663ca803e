package works.incentives.web.component.wizard;

import works.incentives.domain.shared.Problem;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A draft wizard's steps as URLs: their ids in order (each also a URL segment under
 * {@code <collection>/<id>/edit/}) and which step fixes which problem the server finds. The last
 * step (the review) never shows "has problems": it lists them all.
 *
 * @param collection the URL segment before the draft's id ("plans", "claims")
 * @param order      the step ids, first to last
 * @param stepOf     the step where the user fixes a problem
 */
public record StepMap(String collection, List<String> order, Function<Problem, String> stepOf) {

    public StepMap {
        order = List.copyOf(order);
    }

    public String first() {
        return order.get(0);
    }

    public String last() {
        return order.get(order.size() - 1);
    }

    /** For each step: whether it has something to fix. */
    public Map<String, Boolean> withProblems(Collection<Problem> problems) {
        Map<String, Boolean> steps = new HashMap<>();
        problems.forEach(p -> steps.put(stepOf.apply(p), Boolean.TRUE));
        steps.remove(last());
        return steps;
    }

    /** Where a resumed draft opens: the first step with something to fix, else the last. */
    public String resumeStep(Collection<Problem> problems) {
        Map<String, Boolean> steps = withProblems(problems);
        return order.stream().filter(steps::containsKey).findFirst().orElse(last());
    }

    /** The later of two steps in the wizard's order (a null or unknown one counts as none). */
    public String later(String a, String b) {
        return b != null && (a == null || order.indexOf(b) > order.indexOf(a)) ? b : a;
    }

    /** The route of a step of a draft's wizard. */
    public String route(long draftId, String stepId) {
        return collection + "/" + draftId + "/edit/" + stepId;
    }
}
