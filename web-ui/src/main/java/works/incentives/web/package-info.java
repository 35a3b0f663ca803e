/** The Vaadin Flow user interface, packaged as the application's WAR. */
package works.incentives.web;
