/** Value objects shared by every feature: money, date ranges, identifiers. */
package works.incentives.domain.shared;
