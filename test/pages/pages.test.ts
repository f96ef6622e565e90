/**
 * The student pages as a browser receives them: the real app over the bundled rubrics, driven
 * in-process with supertest. The marks shown are compared with the engine's own result.
 */
import Handlebars from 'handlebars';
import pino from 'pino';
import request from 'supertest';
import type { Express } from 'express';
import { createApp, type Catalog } from '../../src/app';
import { loadConfig } from '../../src/config';
import { loadRubricDir } from '../../src/rubric';
import { createCatalog, mark } from '../../src/scoring';

const esc = (text: string): string => Handlebars.escapeExpression(text);
const LEVELS_ID = 'ussr-power-struggle-1953';
const ANSWER =
  'When Stalin died in 1953 he left no clear successor, so there was a power struggle. ' +
  'Beria controlled the secret police. This meant that the other leaders feared him.';

let app: Express;
let catalog: Catalog;

beforeAll(async () => {
  const config = loadConfig({ LOG_LEVEL: 'silent', RATE_LIMIT_MAX: '100000' });
  const { rubrics, lexicon } = await loadRubricDir(config.rubricsDir);
  catalog = createCatalog(rubrics, { lexicon });
  app = createApp({ catalog, log: pino({ level: 'silent' }), config });
});

function postAnswer(id: string, fields: Record<string, string | string[]>) {
  return request(app).post(`/questions/${id}`).type('form').send(fields);
}

/** The text of every <mark> in the answer, as sent (still escaped). */
function highlights(html: string): string[] {
  return [...html.matchAll(/<mark class="evidence[^"]*">([\s\S]*?)<\/mark>/g)].map((m) => m[1]!);
}

function count(html: string, pattern: RegExp): number {
  return html.match(pattern)?.length ?? 0;
}

describe('the question list', () => {
  it('lists every question under its topic with its marks, command word and a link', async () => {
    const res = await request(app)
      .get('/')
      .expect(200)
      .expect('content-type', /text\/html/);
    expect(catalog.list().length).toBeGreaterThan(0);
    for (const { rubric } of catalog.list()) {
      expect(res.text).toContain(`<a href="/questions/${rubric.id}">${esc(rubric.title)}</a>`);
      expect(res.text).toContain(`Command word: <strong>${esc(rubric.commandWord)}</strong>`);
      expect(res.text).toContain(`<h2 id="topic-1-`);
    }
    const topics = new Set(catalog.list().map((c) => c.rubric.topic));
    expect(count(res.text, /<section class="topic"/g)).toBe(topics.size);
  });

  it('has one h1, the landmarks, a skip link and British English', async () => {
    const res = await request(app).get('/').expect(200);
    expect(count(res.text, /<h1[\s>]/g)).toBe(1);
    for (const landmark of ['<header', '<nav', '<main id="main"', '<footer'])
      expect(res.text).toContain(landmark);
    expect(res.text).toContain('<a class="skip-link" href="#main">');
    expect(res.text).toContain('<html lang="en-GB">');
  });

  it('loads its only script from /static under a CSP without inline script', async () => {
    const res = await request(app).get('/').expect(200);
    expect(res.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect([...res.text.matchAll(/<script\b[^>]*>/g)].map((m) => m[0])).toEqual([
      '<script src="/static/answer-form.js" defer>',
    ]);
  });
});

describe('a question page', () => {
  it('shows the prompt, stimulus, maximum mark and a labelled answer box with a word count', async () => {
    const { rubric } = catalog.get(LEVELS_ID)!;
    const res = await request(app).get(`/questions/${LEVELS_ID}`).expect(200);
    expect(res.text).toContain(`<h1>${esc(rubric.title)}</h1>`);
    for (const item of rubric.stimulus ?? []) expect(res.text).toContain(`<li>${esc(item)}</li>`);
    expect(res.text).toContain(`<dt>Maximum mark</dt><dd>${rubric.maxMark}</dd>`);
    expect(res.text).toContain('<label class="field__label" for="answer">Write your answer</label>');
    expect(res.text).toMatch(
      /<textarea id="answer" name="answer"[^>]*aria-describedby="answer-hint answer-count"/,
    );
    expect(res.text).toContain('<p id="answer-count" class="word-count">0 words</p>');
    expect(res.text).toContain(`<form class="answer-form" method="post" action="/questions/${LEVELS_ID}">`);
  });

  it.each(['/', `/questions/${LEVELS_ID}`])(
    'answers GET %s with an ETag, and 304 when If-None-Match matches it',
    async (path) => {
      const etag = (await request(app).get(path).expect(200)).headers.etag;
      expect(etag).toEqual(expect.any(String));
      await request(app).get(path).set('If-None-Match', etag!).expect(304);
    },
  );

  it('answers an unknown question with the friendly 404 page', async () => {
    const res = await request(app).get('/questions/no-such-question').set('accept', 'text/html').expect(404);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.text).toContain('Error 404');
    expect(res.text).toContain('<a href="/">Back to the questions</a>');
    expect(res.text).toContain('<html lang="en-GB">');
  });
});

describe('the feedback page', () => {
  it('shows the mark and level the engine gives, with the evidence highlighted in the answer', async () => {
    const compiled = catalog.get(LEVELS_ID)!;
    const expected = mark(compiled, ANSWER);
    const res = await postAnswer(LEVELS_ID, { answer: ANSWER }).expect(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.text).toContain(
      `<span class="result__score">${expected.mark}</span> out of ${expected.maxMark} marks`,
    );
    expect(expected.level).not.toBeNull();
    expect(res.text).toContain(`Level ${expected.level!.level} (`);
    expect(res.text).toContain(esc(expected.level!.descriptor));
    const met = expected.points.filter((p) => p.met);
    expect(met.length).toBeGreaterThan(0);
    for (const point of met) expect(res.text).toContain(esc(point.label));
    for (const point of expected.points.filter((p) => !p.met)) expect(res.text).toContain(esc(point.label));
    // Each highlight is a slice of the answer followed by its bracketed point numbers.
    const marks = highlights(res.text);
    expect(marks.length).toBeGreaterThan(0);
    for (const html of marks) {
      const [, text, refs] = /^([\s\S]*)<sup class="evidence__ref">\[([^\]]+)\]<\/sup>$/.exec(html)!;
      expect(esc(ANSWER)).toContain(text);
      for (const ref of refs!.split(', ')) expect(Number(ref)).toBeLessThanOrEqual(met.length);
    }
  });

  it('says what to do next and keeps the answer in the form to revise', async () => {
    const expected = mark(catalog.get(LEVELS_ID)!, ANSWER);
    const res = await postAnswer(LEVELS_ID, { answer: ANSWER }).expect(200);
    expect(res.text).toContain('<h2 id="next-step-heading">Your next step</h2>');
    if (expected.feedback.nextStep) expect(res.text).toContain(esc(expected.feedback.nextStep));
    expect(res.text).toMatch(
      new RegExp(`<textarea id="answer"[^>]*>\\n${escapeRegExp(esc(ANSWER))}</textarea>`),
    );
    expect(res.text).toContain('Get feedback on my revised answer');
  });

  it.each([
    ['the feedback page', { answer: ANSWER }, 200],
    ['the form again with an error', { answer: '' }, 422],
  ] as const)(
    'sends %s without an ETag, which no browser could revalidate',
    async (_name, fields, status) => {
      const res = await postAnswer(LEVELS_ID, fields).expect(status);
      expect(res.headers.etag).toBeUndefined();
    },
  );

  it('announces the result and puts it under the one h1', async () => {
    const res = await postAnswer(LEVELS_ID, { answer: ANSWER }).expect(200);
    expect(count(res.text, /<h1[\s>]/g)).toBe(1);
    expect(res.text).toMatch(/<div class="result__summary" role="status">/);
  });

  it('marks a points question without a level', async () => {
    const points = catalog.list().find((c) => c.rubric.scheme.type === 'points');
    expect(points).toBeDefined();
    const answer = 'Beria controlled the secret police and could arrest his rivals.';
    const expected = mark(points!, answer);
    const res = await postAnswer(points!.id, { answer }).expect(200);
    expect(res.text).toContain(
      `<span class="result__score">${expected.mark}</span> out of ${expected.maxMark} marks</p>`,
    );
    expect(res.text).not.toContain('class="result__level"');
    expect(res.text).toContain(`<p class="result__text">${esc(expected.feedback.summary)}</p>`);
  });

  it('shows markup typed in an answer as text, inside the highlights too', async () => {
    const answer =
      'Beria controlled the <i>secret</i> police. <script>alert(1)</script> <img src=x onerror=alert(2)> ' +
      'Stalin left no clear successor, so there was a power struggle.';
    const res = await postAnswer(LEVELS_ID, { answer }).expect(200);
    const main = res.text.slice(res.text.indexOf('<main'), res.text.indexOf('</main>'));
    expect(main).not.toMatch(/<script|<img|<i>/);
    expect(main).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(main).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(2)&gt;');
    // The evidence for Beria's secret police runs across the <i> tags typed by the student.
    expect(highlights(res.text).some((h) => h.includes('&lt;i&gt;') || h.includes('&lt;/i&gt;'))).toBe(true);
  });

  it('keeps line breaks typed in the browser as the student sees them', async () => {
    const res = await postAnswer(LEVELS_ID, {
      answer: 'Stalin left no clear successor.\r\n\r\nBeria was feared.',
    });
    expect(res.status).toBe(200);
    expect(res.text).toContain('Beria was feared.');
    expect(res.text).not.toContain('\r');
  });

  it.each(['utf8', 'UTF8', 'us-ascii', 'US-ASCII'])(
    'reads a form declared in charset %s as UTF-8, as the API does',
    async (charset) => {
      const answer = `${ANSWER} Khrushchev’s move — was it a coup?`;
      const res = await postAnswer(LEVELS_ID, { answer })
        .set('Content-Type', `application/x-www-form-urlencoded; charset=${charset}`)
        .expect(200);
      expect(res.text).toContain(esc(answer));
    },
  );

  it('refuses a form declared in UTF-16 with 415', async () => {
    await postAnswer(LEVELS_ID, { answer: ANSWER })
      .set('Content-Type', 'application/x-www-form-urlencoded; charset=utf-16')
      .expect(415);
  });
});

describe('the length limit', () => {
  // 49,000 letters and 1,000 emoji: 50,000 characters, though 51,000 UTF-16 units.
  const atLimit = 'Beria ran the secret police. '.repeat(1700).slice(0, 49_000) + '👍'.repeat(1000);

  it.each([
    ['at the limit, counting an emoji as one character', atLimit, 200],
    ['one character over it', atLimit + '👍', 422],
    // Each emoji is %F0%9F%98%80 in the form body: 12 bytes, 600,007 in all.
    ['of 50,000 emoji', '😀'.repeat(50_000), 200],
  ])('is the same for the form and the API: an answer %s', async (_name, answer, status) => {
    await postAnswer(LEVELS_ID, { answer }).expect(status);
    await request(app).post(`/api/v1/questions/${LEVELS_ID}/feedback`).send({ answer }).expect(status);
  });
});

describe('other methods', () => {
  it.each([
    ['put', '/', 'GET, HEAD, OPTIONS'],
    ['delete', '/', 'GET, HEAD, OPTIONS'],
    ['put', `/questions/${LEVELS_ID}`, 'GET, POST, HEAD, OPTIONS'],
    ['patch', `/questions/${LEVELS_ID}`, 'GET, POST, HEAD, OPTIONS'],
  ] as const)('answers %s %s with 405 and Allow: %s', async (method, path, allow) => {
    const res = await request(app)[method](path).expect(405);
    expect(res.headers.allow).toBe(allow);
    expect(res.body).toMatchObject({ type: '/problems/method-not-allowed', status: 405 });
  });

  it.each(['put', 'delete', 'options'] as const)(
    'answers %s on an unknown question with the friendly 404 page, not 405',
    async (method) => {
      const path = '/questions/no-such-question';
      const res = await request(app)[method](path).set('Accept', 'text/html').expect(404);
      expect(res.headers.allow).toBeUndefined();
      expect(res.text).toContain('Error 404');
      expect(res.text).toContain(esc("There is no question with the id 'no-such-question'."));
    },
  );

  it('answers a browser with an HTML page for the 405', async () => {
    const res = await request(app).put('/').set('Accept', 'text/html').expect(405);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
  });

  it.each(['/', `/questions/${LEVELS_ID}`])(
    'answers OPTIONS %s with 204 and the allowed methods',
    async (path) => {
      const res = await request(app).options(path).expect(204);
      expect(res.headers.allow).toContain('OPTIONS');
      expect(res.text).toBe('');
    },
  );
});

describe('an answer that cannot be marked', () => {
  it.each([
    ['an empty answer', { answer: '' }, 'Write your answer before asking for feedback.'],
    [
      'an answer of spaces and line breaks',
      { answer: '  \n\t ' },
      'Write your answer before asking for feedback.',
    ],
    ['a form without the answer field', { other: 'x' }, 'Write your answer before asking for feedback.'],
    ['two answers at once', { answer: ['one', 'two'] }, 'Send one answer at a time.'],
    ['an answer over 50,000 characters', { answer: 'word '.repeat(10_001) }, 'the limit is 50,000'],
  ])('shows the form again with an accessible error for %s', async (_name, fields, message) => {
    const res = await postAnswer(LEVELS_ID, fields).expect(422);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.text).toMatch(
      /<p id="answer-error" class="error-message"><span class="visually-hidden">Error: <\/span>/,
    );
    expect(res.text).toContain(esc(message));
    expect(res.text).toMatch(
      /<textarea id="answer"[^>]*aria-describedby="answer-hint answer-error answer-count"[^>]*aria-invalid="true"/,
    );
    expect(res.text).toMatch(/<title>Error: /);
  });

  it('answers an unknown question with 404, not a mark', async () => {
    await postAnswer('no-such-question', { answer: ANSWER }).set('accept', 'text/html').expect(404);
  });
});

describe('the static files', () => {
  it.each([
    ['/static/site.css', /text\/css/],
    ['/static/answer-form.js', /javascript/],
  ])('serves %s', async (path, type) => {
    await request(app).get(path).expect(200).expect('content-type', type);
  });

  it('answers a missing static file with 404', async () => {
    await request(app).get('/static/missing.css').expect(404);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
