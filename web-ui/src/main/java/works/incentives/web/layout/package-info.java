/** The application layout every screen lives in: header, navigation, language switch. */
package works.incentives.web.layout;
