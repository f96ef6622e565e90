/**
 * Security headers (helmet). The Content-Security-Policy allows scripts only from this origin
 * (/static/*.js), never inline, so an answer that smuggles in a <script> cannot run even if it
 * escaped escaping.
 */
import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * @example
 *   app.use(createSecurityHeaders());
 */
export function createSecurityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      directives: {
        'script-src': ["'self'"],
        'script-src-attr': ["'none'"],
        'object-src': ["'none'"],
        // The service is served over plain HTTP by default (npm start); upgrading every
        // subresource and form post to https would break it. Behind TLS, set HSTS at the proxy.
        'upgrade-insecure-requests': null,
      },
    },
  });
}
