/** The inbox, its unread badge, the notification settings, the e-mail relay and the daily reminders. */
package works.incentives.web.notification;
