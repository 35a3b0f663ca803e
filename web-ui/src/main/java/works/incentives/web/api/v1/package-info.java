/**
 * The REST API, version 1, under {@code /api/v1}: the UI's services and isolation for integrations,
 * signed in by personal API tokens ({@code Authorization: Bearer}), answering errors as RFC 9457
 * problem details. Described by {@code META-INF/openapi.yaml}, served at {@code /api/v1/openapi}.
 */
package works.incentives.web.api.v1;
