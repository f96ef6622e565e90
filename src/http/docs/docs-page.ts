/**
 * The /docs page: the OpenAPI document rendered on the server as plain HTML. No script and no
 * CDN, so it works offline and under the Content-Security-Policy; its stylesheet is /docs/docs.css.
 */
import { escapeHtml } from '../fallback-error-page';
import { prose, schemaTable, typeHtml } from './schema-html';

type Obj = Record<string, unknown>;

/** The same skip link and site header as the student pages (views/layout.hbs), with API current. */
const SITE_HEADER = [
  '<a class="skip-link" href="#main">Skip to main content</a>',
  '<header class="site-header"><div class="wrap site-header__inner">',
  '<a class="brand" href="/">Essay feedback</a>',
  '<nav class="site-nav" aria-label="Site"><ul><li><a href="/">Questions</a></li>',
  '<li><a href="/docs" aria-current="page">API</a></li></ul></nav>',
  '</div></header>',
].join('\n');

export interface DocsPageOptions {
  /** Stylesheets linked before the page's own; by default the site stylesheet. */
  stylesheets?: string[];
}

/**
 * @example
 *   res.type('html').send(renderDocsPage(openApiDocument));
 */
export function renderDocsPage(document: Obj, options: DocsPageOptions = {}): string {
  const info = document.info as Obj;
  const paths = document.paths as Record<string, Obj>;
  const components = document.components as Obj;
  const schemas = components.schemas as Record<string, Obj>;
  const problems = (document['x-problem-types'] ?? {}) as Record<string, Obj>;
  const operations = Object.entries(paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({ path, method, op: op as Obj })),
  );
  const title = `${String(info.title)} ${String(info.version)}`;
  const links = [...(options.stylesheets ?? ['/static/site.css']), '/docs/docs.css'].map(
    (href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`,
  );
  return [
    '<!doctype html>',
    '<html lang="en-GB"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)} · Essay feedback</title>`,
    ...links,
    '</head><body class="api-docs-page">',
    SITE_HEADER,
    '<main id="main" class="wrap api-docs" tabindex="-1">',
    `<h1>${escapeHtml(title)}</h1><p class="lede">${prose(info.summary)}</p>`,
    '<p>The machine-readable description: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI 3.1).</p>',
    '<nav aria-label="Contents"><h2>Contents</h2><ul>',
    ...operations.map(
      (o) => `<li><a href="#${operationAnchor(o.op)}">${methodPath(o.method, o.path)}</a></li>`,
    ),
    '<li><a href="#problems">Problem types</a></li><li><a href="#schemas">Schemas</a></li></ul></nav>',
    `<p>${prose(info.description)}</p>`,
    '<h2>Operations</h2>',
    ...operations.map((o) => renderOperation(o.method, o.path, o.op, components)),
    '<h2 id="problems">Problem types</h2>',
    '<p>Every error body has a <code>type</code> naming one of these; the path /problems/&lt;code&gt; leads here.</p>',
    ...Object.entries(problems).map(renderProblemType),
    '<h2 id="schemas">Schemas</h2>',
    ...Object.entries(schemas).map(
      ([name, schema]) =>
        `<section id="schema-${escapeHtml(name)}"><h3>${escapeHtml(name)}</h3>` +
        `${schema.description ? `<p>${prose(schema.description)}</p>` : ''}${schemaTable(schema)}</section>`,
    ),
    '</main></body></html>',
  ].join('\n');
}

function operationAnchor(op: Obj): string {
  return `op-${escapeHtml(String(op.operationId))}`;
}

function methodPath(method: string, path: string): string {
  return `<span class="method">${escapeHtml(method.toUpperCase())}</span> <code>${escapeHtml(path)}</code>`;
}

function renderOperation(method: string, path: string, op: Obj, components: Obj): string {
  const parameters = (op.parameters as Obj[] | undefined) ?? [];
  const body = ((op.requestBody as Obj | undefined)?.content as Record<string, Obj> | undefined) ?? {};
  const responses = Object.entries(op.responses as Record<string, Obj>).map(([status, r]) => {
    const response = resolve(r, components);
    const content = Object.entries((response.content as Record<string, Obj> | undefined) ?? {});
    const types = content.map(
      ([type, media]) => `<code>${escapeHtml(type)}</code> ${typeHtml(media.schema as Obj)}`,
    );
    return `<tr><td>${escapeHtml(status)}</td><td>${prose(response.description)}</td><td>${types.join('<br>')}</td></tr>`;
  });
  return [
    `<section id="${operationAnchor(op)}" class="operation"><h3>${methodPath(method, path)}</h3>`,
    `<p><strong>${prose(op.summary)}.</strong> ${prose(op.description)}</p>`,
    ...parameters.map(
      (p) => `<p>Path parameter <code>${escapeHtml(String(p.name))}</code>: ${prose(p.description)}</p>`,
    ),
    ...Object.entries(body).map(
      ([type, media]) =>
        `<p>Request body (<code>${escapeHtml(type)}</code>): ${typeHtml(media.schema as Obj)}</p>`,
    ),
    '<table><thead><tr><th scope="col">Status</th><th scope="col">Meaning</th><th scope="col">Body</th></tr></thead>',
    `<tbody>${responses.join('\n')}</tbody></table></section>`,
  ].join('\n');
}

/** Follows a local "#/components/..." reference. */
function resolve(value: Obj, components: Obj): Obj {
  const ref = value.$ref;
  if (typeof ref !== 'string') return value;
  const [, , kind, name] = ref.split('/');
  return ((components[kind ?? ''] as Record<string, Obj> | undefined)?.[name ?? ''] ?? {}) as Obj;
}

function renderProblemType([code, type]: [string, Obj]): string {
  return (
    `<section id="problem-${escapeHtml(code)}"><h3><code>/problems/${escapeHtml(code)}</code> ` +
    `${escapeHtml(String(type.status))} ${escapeHtml(String(type.title))}</h3><p>${prose(type.description)}</p></section>`
  );
}
