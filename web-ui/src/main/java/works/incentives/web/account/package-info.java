/** User management: an admin invites, deactivates and sets the roles of the users they manage. */
package works.incentives.web.account;
