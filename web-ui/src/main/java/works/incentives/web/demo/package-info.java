/** Demo data for the embedded database, loaded at start-up when demo mode is on. */
package works.incentives.web.demo;
