/**
 * The handlebars views: read and parsed once when the pages are created, so a broken template
 * fails at start-up rather than on a student's first request.
 */
import fs from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';

/** The package root, found from this file in both src/ (tsx, jest) and dist/ (npm start). */
const PACKAGE_ROOT = path.resolve(__dirname, '..', '..', '..');

/** Where the templates live: views/ at the package root. */
export const VIEWS_DIR = path.join(PACKAGE_ROOT, 'views');

/** Static files (css, the word-count script), served at /static. Not compiled, so read from src/. */
export const PUBLIC_DIR = path.join(PACKAGE_ROOT, 'src', 'http', 'public');

export type PageName = 'index' | 'question' | 'feedback' | 'error';

const PAGE_NAMES: readonly PageName[] = ['index', 'question', 'feedback', 'error'];

/** What every page gives the layout. */
export interface LayoutData {
  /** The document title, before the site name. */
  title: string;
}

export interface Views {
  /** Renders a page inside the layout and returns the whole HTML document. */
  render<T extends LayoutData>(page: PageName, data: T): string;
}

type Template = Handlebars.TemplateDelegate;

function compileFile(hbs: typeof Handlebars, file: string): Template {
  const source = fs.readFileSync(file, 'utf8');
  // parse() throws on a syntax error now; compile() alone would wait for the first render.
  const ast = hbs.parse(source);
  return hbs.compile(ast, { strict: false, preventIndent: true });
}

/** Two small helpers; everything else is computed in the view models. Both return escaped text. */
function registerHelpers(hbs: typeof Handlebars): void {
  hbs.registerHelper('eq', function eq(a: unknown, b: unknown) {
    return a === b;
  });
  hbs.registerHelper('join', function join(items: unknown) {
    return Array.isArray(items) ? items.map(String).join(', ') : '';
  });
}

function registerPartials(hbs: typeof Handlebars, dir: string): void {
  const partialsDir = path.join(dir, 'partials');
  if (!fs.existsSync(partialsDir)) return;
  for (const file of fs.readdirSync(partialsDir).sort()) {
    if (!file.endsWith('.hbs')) continue;
    const source = fs.readFileSync(path.join(partialsDir, file), 'utf8');
    hbs.parse(source);
    hbs.registerPartial(path.basename(file, '.hbs'), source);
  }
}

/**
 * Loads the layout, partials and pages from a views folder with their own handlebars instance
 * (default HTML escaping: templates never use triple braces on student text).
 *
 * @example
 * const views = createViews();
 * res.type('html').send(views.render('error', { title: 'Not found', status: 404, detail: '...' }));
 */
export function createViews(options: { dir?: string } = {}): Views {
  const dir = options.dir ?? VIEWS_DIR;
  const hbs = Handlebars.create();
  registerHelpers(hbs);
  registerPartials(hbs, dir);
  const layout = compileFile(hbs, path.join(dir, 'layout.hbs'));
  const pages = new Map(PAGE_NAMES.map((name) => [name, compileFile(hbs, path.join(dir, `${name}.hbs`))]));

  return {
    render: function render(page, data) {
      const template = pages.get(page);
      if (!template) throw new Error(`No view named '${page}' in ${dir}`);
      return layout({ ...data, page, body: template(data) });
    },
  };
}

let defaultViews: Views | undefined;

/** The views from the bundled views/ folder, created on first use and then shared. */
export function getDefaultViews(): Views {
  defaultViews ??= createViews();
  return defaultViews;
}
