package works.incentives.domain.access;

import jakarta.ejb.ApplicationException;

/**
 * The caller's role does not allow the operation. The UI shows a plain "not allowed" message;
 * requests for another partner's data are answered as "not found" instead (see
 * {@link works.incentives.domain.shared.Rule#NOT_FOUND}), so nothing tells whether it exists.
 */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
