/** Small components shared by the feature views. */
package works.incentives.web.component;
