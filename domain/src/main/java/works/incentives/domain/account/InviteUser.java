package works.incentives.domain.account;

import works.incentives.domain.shared.Role;

/**
 * Command: create an account for a colleague. {@code partnerId} counts only for a program admin
 * inviting a partner's first user; an incentives admin always invites into their own partner.
 */
public record InviteUser(String userName, String displayName, Role role, Long partnerId) {
}
