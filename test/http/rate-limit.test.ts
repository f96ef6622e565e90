import type { Store } from 'express-rate-limit';
import request from 'supertest';
import { addressKey } from '../../src/http/api/rate-limit';
import { memoryLogger, testApp } from './support';

const FEEDBACK = '/api/v1/questions/beria-fall/feedback';

describe('the per-IP limit on feedback', () => {
  it('answers 429 with Retry-After once the limit is used up', async () => {
    const app = await testApp({ env: { RATE_LIMIT_MAX: '3', RATE_LIMIT_WINDOW_MS: '60000' } });
    for (let i = 0; i < 3; i += 1) {
      await request(app).post(FEEDBACK).send({ answer: 'Beria ran the secret police.' }).expect(200);
    }
    const res = await request(app)
      .post(FEEDBACK)
      .send({ answer: 'Beria ran the secret police.' })
      .expect(429);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(res.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(res.headers.etag).toBeUndefined();
    expect(res.body).toMatchObject({
      type: '/problems/too-many-requests',
      title: 'Too many requests',
      status: 429,
      detail: 'At most 3 feedback requests per 60 s from one address.',
      instance: FEEDBACK,
    });
  });

  it('announces the policy in RateLimit headers before the limit is reached', async () => {
    const app = await testApp({ env: { RATE_LIMIT_MAX: '5' } });
    const res = await request(app).post(FEEDBACK).send({ answer: 'x' }).expect(200);
    expect(res.headers['ratelimit-policy']).toMatch(/q=5/);
    expect(res.headers.ratelimit).toMatch(/r=4/);
  });

  it('leaves the question list, the health checks and the docs unlimited', async () => {
    const app = await testApp({ env: { RATE_LIMIT_MAX: '1' } });
    await request(app).post(FEEDBACK).send({ answer: 'x' }).expect(200);
    await request(app).post(FEEDBACK).send({ answer: 'x' }).expect(429);
    for (const path of [
      '/api/v1/questions',
      '/api/v1/questions/beria-fall',
      '/healthz',
      '/readyz',
      '/docs',
    ]) {
      await request(app).get(path).expect(200);
    }
  });

  it('lets feedback through when the shared counter store cannot answer', async () => {
    const unreachable: Store = {
      increment: () => Promise.reject(new Error('no response from the cluster primary')),
      decrement: () => Promise.resolve(),
      resetKey: () => Promise.resolve(),
    };
    const { log, lines } = memoryLogger();
    const app = await testApp({ env: { RATE_LIMIT_MAX: '1' }, rateLimitStore: unreachable, log });
    for (let i = 0; i < 3; i += 1) {
      const res = await request(app).post(FEEDBACK).send({ answer: 'Beria ran the secret police.' });
      expect(res.status).toBe(200);
      expect(res.body.points.length).toBeGreaterThan(0);
    }
    const storeErrors = lines.filter((l) => l.level === 50 && String(l.msg).includes('error from store'));
    expect(storeErrors).toHaveLength(3);
    expect(storeErrors[0]).toMatchObject({ err: { message: 'no response from the cluster primary' } });
  });

  it('counts the answer form and the API together', async () => {
    const app = await testApp({ env: { RATE_LIMIT_MAX: '2' } });
    await request(app)
      .post('/questions/beria-fall')
      .type('form')
      .send({ answer: 'Beria ran the secret police.' })
      .expect(200);
    await request(app).post(FEEDBACK).send({ answer: 'x' }).expect(200);
    const page = await request(app)
      .post('/questions/beria-fall')
      .set('Accept', 'text/html')
      .type('form')
      .send({ answer: 'again' })
      .expect(429);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['retry-after']).toBeDefined();
    expect(page.headers.etag).toBeUndefined();
  });

  it('limits each client address separately when behind a trusted proxy', async () => {
    const app = await testApp({ env: { RATE_LIMIT_MAX: '1', TRUST_PROXY: 'loopback' } });
    await request(app).post(FEEDBACK).set('X-Forwarded-For', '203.0.113.1').send({ answer: 'x' }).expect(200);
    await request(app).post(FEEDBACK).set('X-Forwarded-For', '203.0.113.1').send({ answer: 'x' }).expect(429);
    await request(app).post(FEEDBACK).set('X-Forwarded-For', '203.0.113.2').send({ answer: 'x' }).expect(200);
  });
});

describe('the address a limit counts by', () => {
  it.each([
    ['an IPv4 address', '203.0.113.9', '203.0.113.9'],
    ['an IPv4 address seen through a dual-stack socket', '::ffff:203.0.113.9', '203.0.113.9'],
    ['an IPv6 address, by its /56 network', '2001:db8:abcd:12ff:1:2:3:4', '2001:db8:abcd:1200::/56'],
    ['a request with no address', undefined, 'unknown'],
  ])('counts %s', (_what, ip, key) => {
    expect(addressKey(ip)).toBe(key);
  });
});
