import request from 'supertest';
import type { Express } from 'express';
import { openApiDocument } from '../../src/http/api';
import { PROBLEM_TYPES } from '../../src/http/problems';
import { testApp } from './support';

let app: Express;
beforeAll(async () => {
  app = await testApp();
});

describe('GET /docs', () => {
  it('lists every operation, problem type and schema of the OpenAPI document', async () => {
    const res = await request(app)
      .get('/docs')
      .expect(200)
      .expect('Content-Type', /text\/html/);
    for (const [path, item] of Object.entries(openApiDocument.paths)) {
      for (const method of Object.keys(item)) {
        expect(res.text).toContain(
          `<span class="method">${method.toUpperCase()}</span> <code>${path}</code>`,
        );
      }
    }
    for (const code of Object.keys(PROBLEM_TYPES)) expect(res.text).toContain(`id="problem-${code}"`);
    for (const name of Object.keys(openApiDocument.components.schemas))
      expect(res.text).toContain(`id="schema-${name}"`);
  });

  it('is self-contained: no script, nothing from another host', async () => {
    const res = await request(app).get('/docs').expect(200);
    expect(res.text).not.toMatch(/<script/i);
    expect(res.text).not.toMatch(/(src|href)="(https?:)?\/\//i);
    expect(res.text).not.toMatch(/ style=/i);
  });

  it('serves its stylesheet', async () => {
    const res = await request(app)
      .get('/docs/docs.css')
      .expect(200)
      .expect('Content-Type', /text\/css/);
    expect(res.text).toContain('.api-docs');
  });
});
