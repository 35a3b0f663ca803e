/** Notifications: an inbox per user and e-mail copies of decisions, requests for action, deadlines and hand-overs. */
package works.incentives.domain.notification;
