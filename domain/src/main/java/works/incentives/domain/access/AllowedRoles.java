package works.incentives.domain.access;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import works.incentives.domain.shared.Role;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles that may call a service method (or every method of a service class; a method's own
 * annotation wins). Enforced by {@link AllowedRolesInterceptor}: {@code @RolesAllowed} is
 * silently ignored on CDI beans in this stack (STACK.md).
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AllowedRoles {

    @Nonbinding
    Role[] value() default {};
}
