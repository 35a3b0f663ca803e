/** Program administration: partner organizations, programs with their periods and activity catalogue, fund allocations (with CSV import). */
package works.incentives.web.admin;
