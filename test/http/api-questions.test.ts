import request from 'supertest';
import type { Express } from 'express';
import { testApp } from './support';

let app: Express;
beforeAll(async () => {
  app = await testApp();
});

describe('GET /api/v1/questions', () => {
  it('lists every question with its public summary, sorted by id', async () => {
    const res = await request(app)
      .get('/api/v1/questions')
      .expect(200)
      .expect('Content-Type', /application\/json/);
    expect(res.body).toEqual({
      questions: [
        {
          id: 'beria-fall',
          title: 'Why Beria fell in 1953',
          topic: 'The USSR after Stalin, 1953-1957',
          prompt: 'Explain why Beria was removed from power in 1953.',
          commandWord: 'Explain why',
          maxMark: 6,
          scheme: 'levels',
        },
        {
          id: 'beria-feared-two',
          title: 'Two reasons Beria was feared',
          topic: 'The USSR after Stalin, 1953-1957',
          prompt: "Give two reasons why Beria's rivals feared him.",
          commandWord: 'Give',
          maxMark: 2,
          scheme: 'points',
        },
      ],
    });
  });

  it('answers HEAD like GET without a body', async () => {
    const res = await request(app).head('/api/v1/questions').expect(200);
    expect(res.text).toBeUndefined();
  });
});

describe('GET /api/v1/questions/:id', () => {
  it('shows the prompt, stimulus, levels with descriptors and point labels', async () => {
    const res = await request(app).get('/api/v1/questions/beria-fall').expect(200);
    expect(res.body).toEqual({
      id: 'beria-fall',
      title: 'Why Beria fell in 1953',
      topic: 'The USSR after Stalin, 1953-1957',
      prompt: 'Explain why Beria was removed from power in 1953.',
      commandWord: 'Explain why',
      maxMark: 6,
      scheme: 'levels',
      stimulus: ['the secret police', "Beria's reforms"],
      levels: [
        { level: 1, marks: [1, 2], descriptor: 'Simple statements about Beria.' },
        { level: 2, marks: [3, 4], descriptor: 'Some explanation of why he fell.' },
        { level: 3, marks: [5, 6], descriptor: 'Explanation of several causes, with own knowledge.' },
      ],
      points: [
        { id: 'secret-police', label: 'He controlled the secret police', stimulus: true, marks: 0 },
        { id: 'feared-coup', label: 'His rivals feared he would seize power', stimulus: false, marks: 0 },
        { id: 'arrested-june', label: 'He was arrested in June 1953', stimulus: false, marks: 0 },
      ],
    });
  });

  it('gives marks per point on a point-marked question', async () => {
    const res = await request(app).get('/api/v1/questions/beria-feared-two').expect(200);
    expect(res.body.scheme).toBe('points');
    expect(res.body.levels).toEqual([]);
    expect(res.body.points.map((p: { marks: number }) => p.marks)).toEqual([1, 1]);
  });

  it('never reveals patterns, model answers, hints or misconceptions', async () => {
    const res = await request(app).get('/api/v1/questions/beria-fall').expect(200);
    const text = JSON.stringify(res.body);
    for (const secret of [
      'modelAnswers',
      'match',
      'NKVD',
      'seize power.',
      'Which organisation',
      'Malenkov',
      'nextStep',
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it('answers 404 problem+json for an unknown id', async () => {
    const res = await request(app).get('/api/v1/questions/no-such-question').expect(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({
      type: '/problems/not-found',
      title: 'Not found',
      status: 404,
      detail: 'No question has the id "no-such-question".',
      instance: '/api/v1/questions/no-such-question',
    });
  });
});

describe('conditional GET', () => {
  it.each(['/api/v1/questions', '/api/v1/questions/beria-fall', '/api/v1/openapi.json'])(
    'answers GET %s with an ETag, and 304 with no body when If-None-Match matches it',
    async (path) => {
      const first = await request(app).get(path).expect(200);
      const etag = first.headers.etag;
      expect(etag).toEqual(expect.any(String));
      const again = await request(app).get(path).set('If-None-Match', etag!).expect(304);
      expect(again.text).toBe('');
    },
  );
});

describe('methods', () => {
  it.each([
    ['post', '/api/v1/questions', 'GET, HEAD, OPTIONS'],
    ['delete', '/api/v1/questions/beria-fall', 'GET, HEAD, OPTIONS'],
    ['put', '/api/v1/questions/beria-fall', 'GET, HEAD, OPTIONS'],
    ['get', '/api/v1/questions/beria-fall/feedback', 'POST, OPTIONS'],
    ['post', '/api/v1/openapi.json', 'GET, HEAD, OPTIONS'],
    ['post', '/healthz', 'GET, HEAD, OPTIONS'],
    ['delete', '/readyz', 'GET, HEAD, OPTIONS'],
    ['post', '/docs', 'GET, HEAD, OPTIONS'],
  ] as const)('answers %s %s with 405 and Allow: %s', async (method, path, allow) => {
    const res = await request(app)[method](path).expect(405);
    expect(res.headers.allow).toBe(allow);
    expect(res.body).toMatchObject({ type: '/problems/method-not-allowed', status: 405, instance: path });
  });

  it.each([
    ['put', '/api/v1/questions/no-such-question/feedback'],
    ['get', '/api/v1/questions/no-such-question/feedback'],
    ['delete', '/api/v1/questions/no-such-question'],
    ['options', '/api/v1/questions/no-such-question'],
  ] as const)('answers %s %s with 404, not 405: there is no such question', async (method, path) => {
    const res = await request(app)[method](path).expect(404);
    expect(res.headers.allow).toBeUndefined();
    expect(res.body).toMatchObject({
      type: '/problems/not-found',
      status: 404,
      detail: 'No question has the id "no-such-question".',
      instance: path,
    });
  });

  it('answers OPTIONS with the allowed methods and no body', async () => {
    const res = await request(app).options('/api/v1/questions/beria-fall/feedback').expect(204);
    expect(res.headers.allow).toBe('POST, OPTIONS');
  });

  it('answers 404 problem+json for an unknown route', async () => {
    const res = await request(app).get('/api/v1/nothing-here').expect(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({
      type: '/problems/not-found',
      status: 404,
      instance: '/api/v1/nothing-here',
    });
  });
});
