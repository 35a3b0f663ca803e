package works.incentives.domain.account;

/** A created account and its one-time temporary password, shown once to the inviting admin. */
public record Invitation(UserSummary user, String temporaryPassword) {
}
