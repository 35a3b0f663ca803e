/** JAX-RS resources for integrations and operations, under {@code /api}. */
package works.incentives.web.api;
