/** Partner organizations: the companies that earn and claim co-op funds. */
package works.incentives.domain.partner;
