/** User accounts, their roles, passwords and sign-in rules (lockout, no user enumeration). */
package works.incentives.domain.account;
