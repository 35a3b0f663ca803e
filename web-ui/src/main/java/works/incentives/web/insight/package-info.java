/** Dashboards (issue 14 item 3): the partner's funds, expiring money and states; the vendor's queues, SLA and unclaimed funds. */
package works.incentives.web.insight;
