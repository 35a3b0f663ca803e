package works.incentives.domain.access;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import works.incentives.domain.shared.Actor;
import works.incentives.domain.shared.Role;

import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Refuses a call whose signed-in actor lacks every role {@link AllowedRoles} names, and a call
 * that passes an {@link Actor} other than the signed-in one (services take the actor as a
 * parameter for clarity and tests; it can never be chosen by a client).
 */
@AllowedRoles
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class AllowedRolesInterceptor {

    @Inject
    CurrentActor currentActor;

    @AroundInvoke
    Object check(InvocationContext invocation) throws Exception {
        Role[] allowed = allowedRoles(invocation.getMethod());
        Actor actor = currentActor.get().orElseThrow(() -> new AccessDeniedException(
                "Sign in to " + invocation.getMethod().getName()));
        if (Arrays.stream(allowed).noneMatch(role -> role == actor.role())) {
            throw new AccessDeniedException(actor.describe() + " may not call "
                    + invocation.getMethod().getDeclaringClass().getSimpleName() + "."
                    + invocation.getMethod().getName());
        }
        for (Object parameter : invocation.getParameters()) {
            if (parameter instanceof Actor passed && !passed.equals(actor)) {
                throw new AccessDeniedException(actor.describe() + " cannot act as " + passed.describe());
            }
        }
        return invocation.proceed();
    }

    static Role[] allowedRoles(Method method) {
        AllowedRoles onMethod = method.getAnnotation(AllowedRoles.class);
        if (onMethod != null) {
            return onMethod.value();
        }
        AllowedRoles onClass = method.getDeclaringClass().getAnnotation(AllowedRoles.class);
        return onClass == null ? new Role[0] : onClass.value();
    }
}
