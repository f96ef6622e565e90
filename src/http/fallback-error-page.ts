/**
 * A minimal error page used only when views/error.hbs cannot be rendered, so a template fault
 * never hides the original error from a browser.
 */
import type { ErrorViewModel } from './error-handler';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/**
 * @example
 *   renderFallbackErrorPage({ status: 404, title: 'Not found', detail: '...', requestId: 'r1', errors: [] });
 */
export function renderFallbackErrorPage(model: ErrorViewModel): string {
  const title = escapeHtml(`${model.status} ${model.title}`);
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8"><title>' + title + '</title></head>',
    '<body><main><h1>' + title + '</h1>',
    '<p>' + escapeHtml(model.detail) + '</p>',
    '<p>Request id: <code>' + escapeHtml(model.requestId) + '</code></p>',
    '<p><a href="/">Back to the questions</a></p>',
    '</main></body></html>',
  ].join('\n');
}
