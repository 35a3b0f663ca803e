/** Every user-visible text, in English and Traditional Chinese, from resource bundles. */
package works.incentives.web.i18n;
