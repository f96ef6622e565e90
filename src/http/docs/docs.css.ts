/**
 * The /docs page's own rules, on top of the site stylesheet: wider tables and code styling.
 * Scoped to .api-docs so they never leak into the student pages.
 */
export const DOCS_CSS = `
main.api-docs, .api-docs-page .site-header .wrap { max-width: 64rem; }
.api-docs code { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 0.92em; background: #f4f5f8; padding: 0 0.2em; border-radius: 3px; }
.api-docs table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1.5rem; }
.api-docs th, .api-docs td { border: 1px solid #c9ccd6; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
.api-docs th { background: #f4f5f8; }
.api-docs .method { font-weight: 700; }
.api-docs section { margin-bottom: 1.5rem; }
.api-docs nav ul { columns: 2; padding-left: 1.25rem; }
@media (max-width: 40rem) { .api-docs nav ul { columns: 1; } .api-docs table { display: block; overflow-x: auto; } }
@media print { .api-docs nav { display: none; } }
`;
