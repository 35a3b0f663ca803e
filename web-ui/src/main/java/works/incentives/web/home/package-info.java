/** The home view: what the signed-in user has to do and the programs they work in. */
package works.incentives.web.home;
