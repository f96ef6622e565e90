/** The /docs page's own stylesheet: readable, printable, no external fonts. */
export const DOCS_CSS = `
body.api-docs { font: 16px/1.5 system-ui, sans-serif; color: #1a1a1a; background: #fff; max-width: 60rem; margin: 0 auto; padding: 1rem; }
.api-docs a { color: #0b4f9c; }
.api-docs code { font-family: ui-monospace, monospace; background: #f2f2f2; padding: 0 .2em; border-radius: 3px; }
.api-docs table { border-collapse: collapse; width: 100%; margin: .5rem 0 1.5rem; }
.api-docs th, .api-docs td { border: 1px solid #ccc; padding: .3rem .5rem; text-align: left; vertical-align: top; }
.api-docs th { background: #f5f5f5; }
.api-docs .method { font-weight: 700; text-transform: uppercase; }
.api-docs section { margin-bottom: 1.5rem; }
.api-docs nav ul { columns: 2; }
@media print { .api-docs nav { display: none; } .api-docs a { color: inherit; } }
`;
