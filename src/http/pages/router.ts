/**
 * The student pages: the question list, a question with its answer form, and the feedback page.
 * Plain HTML forms, so everything works without JavaScript; the script in public/ only adds a
 * live word count and moves focus to the results.
 */
import express, { type Request, type Response, type Router } from 'express';
import { NotFoundError } from '../../errors';
import type { Logger } from 'pino';
import type { Rubric } from '../../rubric/types';
import { mark, type CompiledRubric } from '../../scoring';
import { allowOnly } from '../allow';
import { answerLength, MAX_ANSWER_CHARS, requireQuestion } from '../api';
import { readUtf8Aliases } from '../charset';
import { stopIfClientLeft } from '../client-left';
import type { Catalog } from '../deps';
import { feedbackView } from './feedback-model';
import { answerForm, groupByTopic, questionView } from './models';
import { createViews, PUBLIC_DIR, type Views } from './views';

export interface PagesDeps {
  catalog: Catalog;
  log: Pick<Logger, 'debug'>;
  /** Pre-built views; by default the bundled views/ folder is loaded once here. */
  views?: Views;
}

function findRubric(catalog: Catalog, id: string): CompiledRubric {
  const compiled = catalog.get(id);
  if (!compiled) throw new NotFoundError(`There is no question with the id '${id}'.`);
  return compiled;
}

/** The problem with a submitted answer in words a student understands, or null when it can be marked. */
function answerProblem(answer: unknown, maxLength: number): string | null {
  if (Array.isArray(answer)) return 'Send one answer at a time.';
  if (typeof answer !== 'string' || answer.trim() === '')
    return 'Write your answer before asking for feedback.';
  // Counted as the API counts (code points), so both accept exactly the same answers.
  const length = answerLength(answer);
  if (length > maxLength) {
    return `Your answer is ${length.toLocaleString('en-GB')} characters long; the limit is ${maxLength.toLocaleString('en-GB')}. Shorten it and try again.`;
  }
  return null;
}

function questionPage(rubric: Rubric, form: ReturnType<typeof answerForm>) {
  return {
    title: form.error ? `Error: ${rubric.title}` : rubric.title,
    question: questionView(rubric),
    form,
  };
}

/**
 * The router for the student pages and their static files, mounted at the site root.
 *
 * @example
 * app.use(pagesRouter({ catalog, log }));
 */
export function pagesRouter(deps: PagesDeps): Router {
  const views = deps.views ?? createViews();
  // The same limit as the API, so the form and the API accept exactly the same answers.
  const maxLength = MAX_ANSWER_CHARS;
  // Room for the answer percent-encoded (a character beyond U+FFFF is 4 UTF-8 bytes, %XX each:
  // 12 bytes), plus the field name.
  const formLimit = maxLength * 12 + 1024;
  const router = express.Router();

  router.use('/static', express.static(PUBLIC_DIR, { index: false, maxAge: '1h', fallthrough: false }));

  router
    .route('/')
    .get(function listQuestions(_req: Request, res: Response) {
      const topics = groupByTopic(deps.catalog.list().map((c) => c.rubric));
      res.type('html').send(views.render('index', { title: 'Practice questions', topics }));
    })
    .all(allowOnly(['GET']));

  router.get('/questions/:id', function showQuestion(req: Request<{ id: string }>, res: Response) {
    const { rubric } = findRubric(deps.catalog, req.params.id);
    res.type('html').send(views.render('question', questionPage(rubric, answerForm(rubric, { maxLength }))));
  });

  router.post(
    '/questions/:id',
    // "utf8" and US-ASCII read as UTF-8, as on the API; other charsets are the form parser's to judge.
    readUtf8Aliases(),
    // A client gone before its answer is read gets nothing, not a page asking for the answer.
    stopIfClientLeft(),
    express.urlencoded({ extended: false, limit: formLimit, parameterLimit: 20 }),
    function markAnswer(req: Request<{ id: string }>, res: Response) {
      const compiled = findRubric(deps.catalog, req.params.id);
      const { rubric } = compiled;
      const sent: unknown = (req.body as Record<string, unknown> | undefined)?.answer;
      // Browsers send a textarea's line breaks as CRLF; the student typed LF, which evidence should slice.
      const answer = typeof sent === 'string' ? sent.replace(/\r\n?/g, '\n') : sent;
      const problem = answerProblem(answer, maxLength);
      res.set('Cache-Control', 'no-store');
      if (problem !== null || typeof answer !== 'string') {
        const kept = typeof answer === 'string' ? answer : '';
        const form = answerForm(rubric, { answer: kept, error: problem, maxLength });
        res
          .status(422)
          .type('html')
          .send(views.render('question', questionPage(rubric, form)));
        return;
      }
      const result = mark(compiled, answer);
      deps.log.debug(
        { questionId: rubric.id, mark: result.mark, words: result.signals.words },
        'marked from form',
      );
      res.type('html').send(
        views.render('feedback', {
          title: `Feedback: ${rubric.title}`,
          question: questionView(rubric),
          feedback: feedbackView(rubric, answer, result),
          form: answerForm(rubric, { answer, maxLength, revising: true }),
        }),
      );
    },
  );
  // After both handlers, so it only sees the other methods: 405 with Allow, as on the API's paths,
  // once the question is known to exist (404 otherwise, as for GET).
  router.all('/questions/:id', requireQuestion(deps.catalog, findRubric), allowOnly(['GET', 'POST']));

  return router;
}
