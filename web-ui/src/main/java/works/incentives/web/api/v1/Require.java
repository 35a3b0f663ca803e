package works.incentives.web.api.v1;

/** Checks of a request's shape the domain cannot make (it never sees a missing body). */
final class Require {

    private Require() {
    }

    static void body(Object body) {
        if (body == null) {
            throw ApiException.badField("body", "api.field.body");
        }
    }
}
