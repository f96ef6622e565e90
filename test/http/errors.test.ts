import request from 'supertest';
import type { Catalog } from '../../src/app';
import { loadFixtureCatalog, memoryLogger, testApp } from './support';

describe('request ids', () => {
  it('echoes a sane incoming X-Request-Id in the header, the problem body and the log', async () => {
    const { log, lines } = memoryLogger();
    const app = await testApp({ log });
    const res = await request(app)
      .get('/api/v1/questions/nope')
      .set('X-Request-Id', 'client-42.a:b')
      .expect(404);
    expect(res.headers['x-request-id']).toBe('client-42.a:b');
    expect(res.body.requestId).toBe('client-42.a:b');
    expect(lines.some((l) => (l.req as { id?: string } | undefined)?.id === 'client-42.a:b')).toBe(true);
  });

  it('logs one line per request with only its id, method, full URL, status and time', async () => {
    const { log, lines } = memoryLogger();
    const app = await testApp({ log });
    await request(app)
      .get('/api/v1/questions?sort=id')
      .set('X-Request-Id', 'line-1')
      .set('Cookie', 'secret=1')
      .expect(200);
    await request(app)
      .post('/api/v1/questions/beria-fall/feedback')
      .set('X-Request-Id', 'line-2')
      .send({ answer: 5 });
    const logged = lines.filter((l) => l.msg === 'request completed');
    expect(logged).toEqual([
      expect.objectContaining({
        level: 30,
        req: { id: 'line-1', method: 'GET', url: '/api/v1/questions?sort=id' },
        res: { statusCode: 200 },
        responseTime: expect.any(Number),
      }),
      expect.objectContaining({
        level: 40,
        req: { id: 'line-2', method: 'POST', url: '/api/v1/questions/beria-fall/feedback' },
        res: { statusCode: 422 },
      }),
    ]);
    expect(JSON.stringify(lines)).not.toContain('secret=1');
  });

  it.each([
    ['spaces', 'two words'],
    ['a header-injection attempt', 'a\rb'],
    ['too long', 'x'.repeat(129)],
  ])('replaces an incoming id with %s by a fresh UUID', async (_name, incoming) => {
    const app = await testApp();
    const res = await request(app)
      .get('/healthz')
      .set('X-Request-Id', incoming.replace('\r', '%0D'))
      .expect(200);
    expect(res.headers['x-request-id']).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
  });

  it('gives each request its own id when none is sent', async () => {
    const app = await testApp();
    const [a, b] = await Promise.all([request(app).get('/healthz'), request(app).get('/healthz')]);
    expect(a.headers['x-request-id']).not.toBe(b.headers['x-request-id']);
  });
});

describe('HTML error pages', () => {
  it.each([
    ['an unknown page', '/no/such/page', 404],
    ['an unknown question via the API', '/api/v1/questions/nope', 404],
  ])('renders the error page with the same status for %s', async (_name, path, status) => {
    const app = await testApp();
    const res = await request(app)
      .get(path)
      .set('Accept', 'text/html,application/xhtml+xml,*/*;q=0.8')
      .expect(status);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toContain('<!doctype html>');
    expect(res.text).toContain('Not found');
    expect(res.text).toContain(res.headers['x-request-id']);
  });

  it('renders validation problems on the page for a browser posting bad JSON to the API', async () => {
    const app = await testApp();
    const res = await request(app)
      .post('/api/v1/questions/beria-fall/feedback')
      .set('Accept', 'text/html')
      .send({ answer: 5 })
      .expect(422);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toContain('must be a string; found a number');
  });

  it('escapes what the request put into the message', async () => {
    const app = await testApp();
    const res = await request(app)
      .get('/api/v1/questions/%3Cscript%3Ealert(1)%3C%2Fscript%3E')
      .set('Accept', 'text/html')
      .expect(404);
    expect(res.text).not.toContain('<script>alert(1)');
    expect(res.text).toContain('&lt;script&gt;alert(1)');
  });

  it('prefers JSON when the client accepts anything', async () => {
    const app = await testApp();
    const res = await request(app).get('/nothing').set('Accept', '*/*').expect(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});

describe('unexpected errors', () => {
  function brokenCatalog(): Catalog {
    return {
      get: () => {
        throw new Error('disk on fire at /secret/path');
      },
      list: () => [],
    };
  }

  it('answers a generic 500 that reveals nothing, and logs the error with the request id', async () => {
    const { log, lines } = memoryLogger();
    const app = await testApp({ catalog: brokenCatalog(), log });
    const res = await request(app)
      .get('/api/v1/questions/anything')
      .set('X-Request-Id', 'trace-500')
      .expect(500);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toEqual({
      type: '/problems/internal',
      title: 'Internal server error',
      status: 500,
      detail: 'The server could not complete the request.',
      instance: '/api/v1/questions/anything',
      requestId: 'trace-500',
    });
    expect(res.text).not.toContain('disk on fire');
    const logged = lines.find((l) => l.msg === 'unhandled error');
    expect(logged).toBeDefined();
    expect((logged!.err as { message: string }).message).toBe('disk on fire at /secret/path');
    expect(logged!.reqId ?? (logged!.req as { id?: string } | undefined)?.id).toBe('trace-500');
  });

  it('shows browsers the error page with status 500', async () => {
    const app = await testApp({ catalog: brokenCatalog() });
    const res = await request(app).get('/api/v1/questions/anything').set('Accept', 'text/html').expect(500);
    expect(res.text).toContain('<!doctype html>');
    expect(res.text).not.toContain('disk on fire');
  });
});

describe('the problem type URIs', () => {
  it.each(['validation', 'not-found', 'too-many-requests', 'payload-too-large'])(
    'sends /problems/%s to its section of /docs',
    async (code) => {
      const app = await testApp({ catalog: await loadFixtureCatalog() });
      await request(app).get(`/problems/${code}`).expect(302).expect('Location', `/docs#problem-${code}`);
    },
  );

  it('answers 404 for an undocumented problem type', async () => {
    const app = await testApp();
    await request(app).get('/problems/nonsense').expect(404);
  });
});
