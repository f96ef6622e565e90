/**
 * The student pages. Other folders use these:
 * - pagesRouter(deps): the router for /, /questions/:id and /static (mount at the root).
 * - createViewEngine(), VIEWS_DIR: so the one error handler can `res.render('error', model)`.
 * - renderErrorPage(data): the same error page as a string, without Express.
 * Left out on purpose: the view models and highlighting, which are details of these pages.
 */
export { pagesRouter, type PagesDeps } from './router';
export { createViewEngine, renderErrorPage, type ErrorPageData } from './error-page';
export { createViews, VIEWS_DIR, type Views } from './views';
