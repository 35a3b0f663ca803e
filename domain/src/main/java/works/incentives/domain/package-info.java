/** The co-op incentives model and its use cases; depends on nothing else of the application. */
package works.incentives.domain;
