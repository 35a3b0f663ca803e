/** Program administration: partner organizations and their first users. */
package works.incentives.web.admin;
