import request from 'supertest';
import { emptyCatalog, testApp } from './support';

describe('GET /healthz', () => {
  it('answers 200 while the process serves HTTP, even with no rubrics', async () => {
    const app = await testApp({ catalog: emptyCatalog });
    const res = await request(app).get('/healthz').expect(200);
    expect(res.body).toEqual({ status: 'ok' });
    expect(res.headers['cache-control']).toBe('no-store');
  });
});

describe('GET /readyz', () => {
  it('answers 200 with the number of compiled questions', async () => {
    const app = await testApp();
    const res = await request(app).get('/readyz').expect(200);
    expect(res.body).toEqual({ status: 'ready', questions: 2 });
  });

  it('answers 503 with the reason when no rubric is compiled', async () => {
    const app = await testApp({ catalog: emptyCatalog });
    const res = await request(app).get('/readyz').expect(503);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({
      type: '/problems/not-ready',
      title: 'Not ready',
      status: 503,
      detail: 'No rubric is compiled: every rubric file failed validation or the folder is empty.',
      instance: '/readyz',
    });
  });
});
