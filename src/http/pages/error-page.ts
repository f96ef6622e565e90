/**
 * The friendly HTML error page, and the Express view engine through which the one error handler
 * renders it (`res.render('error', model)`) inside the same layout as every other page.
 */
import path from 'node:path';
import { getDefaultViews, type Views } from './views';

/** What the error handler passes to views/error.hbs. */
export interface ErrorPageData {
  status: number;
  /** Short, e.g. "Not Found". */
  title: string;
  /** One or two sentences about this request. */
  detail?: string;
  /** Shown so a student can quote it when asking for help. */
  requestId?: string;
  /** Validation problems, one per field. */
  errors?: Array<{ pointer: string; detail: string }>;
}

/** What to do next, by status: a student cannot act on a status code. */
function suggestion(status: number): string {
  if (status === 404) return 'Check the address, or choose a question from the list.';
  if (status === 429)
    return 'You have asked for feedback many times in a short while. Wait a minute, then try again.';
  if (status === 413) return 'What you sent is too long. Shorten your answer and try again.';
  if (status >= 500) return 'Something went wrong on our side. Try again in a moment.';
  return 'Go back, check what you sent and try again.';
}

function errorModel(data: ErrorPageData) {
  return {
    title: data.title,
    status: data.status,
    detail: data.detail ?? null,
    errors: data.errors ?? [],
    suggestion: suggestion(data.status),
    requestId: data.requestId ?? null,
  };
}

/**
 * Renders the error page as a whole HTML document; every value is escaped (details may echo input).
 *
 * @example
 * res.status(404).type('html').send(renderErrorPage({ status: 404, title: 'Not Found', requestId }));
 */
export function renderErrorPage(data: ErrorPageData, views: Views = getDefaultViews()): string {
  return views.render('error', errorModel(data));
}

type EngineCallback = (err: Error | null, html?: string) => void;

/**
 * An Express view engine over the compiled views, for `res.render`. Only the error page has a
 * model Express callers can build; the other pages are rendered by the pages router itself.
 *
 * @example
 * app.engine('hbs', createViewEngine());
 * app.set('view engine', 'hbs');
 * app.set('views', VIEWS_DIR);
 */
export function createViewEngine(views: Views = getDefaultViews()) {
  return function renderView(file: string, options: object, callback: EngineCallback): void {
    const name = path.basename(file, path.extname(file));
    try {
      if (name !== 'error') throw new Error(`views/${name} is not rendered through res.render`);
      callback(null, renderErrorPage(options as ErrorPageData, views));
    } catch (err) {
      callback(err instanceof Error ? err : new Error(String(err)));
    }
  };
}
