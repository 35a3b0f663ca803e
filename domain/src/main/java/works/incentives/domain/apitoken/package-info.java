/** Personal API tokens: how integrations (CRMs, ERPs, scripts) call the REST API as their user. */
package works.incentives.domain.apitoken;
