/** The guidance centre: articles in English and Traditional Chinese, linked from the wizards' help. */
package works.incentives.web.guidance;
