/**
 * Keeps the OpenAPI document true: every documented operation and status is produced by a real
 * request, and the body (and the headers the document names) must match its schema.
 */
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import request from 'supertest';
import type { Express } from 'express';
import { openApiDocument } from '../../src/http/api';
import { emptyCatalog, loadFixtureCatalog, testApp } from './support';

type Doc = {
  paths: Record<string, Record<string, { responses: Record<string, ResponseDoc> }>>;
  components: { responses: Record<string, ResponseDoc> };
};
type ResponseDoc = { content?: Record<string, { schema?: object }>; headers?: Record<string, unknown> };
const doc = openApiDocument as unknown as Doc;

const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
// Only the schemas under components are JSON Schema; the rest of the document is skipped.
ajv.addKeyword('components');
ajv.addSchema({ $id: 'openapi.json', components: openApiDocument.components });

interface Case {
  /** The documented path template and method, or a components.responses name. */
  operation: [path: string, method: string] | string;
  status: number;
  send: (apps: Apps) => request.Test;
}
interface Apps {
  app: Express;
  limited: Express;
  empty: Express;
}

const FEEDBACK = '/api/v1/questions/beria-fall/feedback';
const CASES: Case[] = [
  {
    operation: ['/api/v1/questions', 'get'],
    status: 200,
    send: ({ app }) => request(app).get('/api/v1/questions'),
  },
  {
    operation: ['/api/v1/questions/{id}', 'get'],
    status: 200,
    send: ({ app }) => request(app).get('/api/v1/questions/beria-fall'),
  },
  {
    operation: ['/api/v1/questions/{id}', 'get'],
    status: 404,
    send: ({ app }) => request(app).get('/api/v1/questions/nope'),
  },
  {
    operation: ['/api/v1/questions/{id}/feedback', 'post'],
    status: 200,
    send: ({ app }) =>
      request(app).post(FEEDBACK).send({ answer: 'Beria ran the secret police, so he was feared.' }),
  },
  {
    operation: ['/api/v1/questions/{id}/feedback', 'post'],
    status: 200,
    send: ({ app }) =>
      request(app).post('/api/v1/questions/beria-feared-two/feedback').send({ answer: 'MVD files' }),
  },
  {
    operation: ['/api/v1/questions/{id}/feedback', 'post'],
    status: 400,
    send: ({ app }) => request(app).post(FEEDBACK).set('Content-Type', 'application/json').send('{'),
  },
  {
    operation: ['/api/v1/questions/{id}/feedback', 'post'],
    status: 404,
    send: ({ app }) => request(app).post('/api/v1/questions/nope/feedback').send({ answer: 'x' }),
  },
  {
    operation: ['/api/v1/questions/{id}/feedback', 'post'],
    status: 413,
    send: ({ app }) =>
      request(app)
        .post(FEEDBACK)
        .set('Content-Type', 'application/json')
        .send(JSON.stringify({ answer: 'a'.repeat(700_000) })),
  },
  {
    operation: ['/api/v1/questions/{id}/feedback', 'post'],
    status: 415,
    send: ({ app }) => request(app).post(FEEDBACK).set('Content-Type', 'text/plain').send('Beria'),
  },
  {
    operation: ['/api/v1/questions/{id}/feedback', 'post'],
    status: 422,
    send: ({ app }) => request(app).post(FEEDBACK).send({ answer: 5 }),
  },
  {
    operation: ['/api/v1/questions/{id}/feedback', 'post'],
    status: 429,
    send: ({ limited }) => request(limited).post(FEEDBACK).send({ answer: 'x' }),
  },
  {
    operation: ['/api/v1/openapi.json', 'get'],
    status: 200,
    send: ({ app }) => request(app).get('/api/v1/openapi.json'),
  },
  { operation: ['/healthz', 'get'], status: 200, send: ({ app }) => request(app).get('/healthz') },
  { operation: ['/readyz', 'get'], status: 200, send: ({ app }) => request(app).get('/readyz') },
  { operation: ['/readyz', 'get'], status: 503, send: ({ empty }) => request(empty).get('/readyz') },
  { operation: 'MethodNotAllowed', status: 405, send: ({ app }) => request(app).delete('/api/v1/questions') },
  { operation: 'NotFound', status: 404, send: ({ app }) => request(app).get('/api/v1/elsewhere') },
];

function documented(c: Case): ResponseDoc {
  if (typeof c.operation === 'string') return doc.components.responses[c.operation]!;
  const [path, method] = c.operation;
  const response = doc.paths[path]?.[method]?.responses[String(c.status)];
  if (!response) throw new Error(`${method.toUpperCase()} ${path} does not document ${c.status}`);
  return response;
}

function label(c: Case): string {
  return typeof c.operation === 'string' ? c.operation : `${c.operation[1].toUpperCase()} ${c.operation[0]}`;
}

let apps: Apps;
beforeAll(async () => {
  const catalog = await loadFixtureCatalog();
  const limited = await testApp({ catalog, env: { RATE_LIMIT_MAX: '1' } });
  await request(limited).post(FEEDBACK).send({ answer: 'x' }).expect(200);
  apps = { app: await testApp({ catalog }), limited, empty: await testApp({ catalog: emptyCatalog }) };
});

describe('the OpenAPI document', () => {
  it.each(CASES.map((c) => [label(c), c.status, c] as const))(
    'describes %s -> %i',
    async (_label, status, c) => {
      const res = await c.send(apps);
      expect(res.status).toBe(status);
      const response = documented(c);
      const [mediaType, media] = Object.entries(response.content ?? {})[0] ?? [];
      expect(res.headers['content-type']).toMatch(
        new RegExp(`^${String(mediaType).replace(/[+.]/g, '\\$&')}`),
      );
      for (const header of Object.keys(response.headers ?? {}))
        expect(res.headers[header.toLowerCase()]).toBeDefined();
      if (media?.schema) {
        const validate = ajv.compile({ $ref: `openapi.json${(media.schema as { $ref: string }).$ref}` });
        const valid = validate(res.body);
        expect(validate.errors ?? []).toEqual([]);
        expect(valid).toBe(true);
      }
    },
  );

  it('has a request that exercises every documented response', () => {
    const exercised = new Set(
      CASES.filter((c) => typeof c.operation !== 'string').map((c) => `${label(c)} ${c.status}`),
    );
    const listed = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item).flatMap(([method, op]) =>
        Object.keys(op.responses).map((status) => `${method.toUpperCase()} ${path} ${status}`),
      ),
    );
    expect([...exercised].sort()).toEqual([...listed].sort());
  });

  it('is served at /api/v1/openapi.json as OpenAPI 3.1', async () => {
    const res = await request(apps.app).get('/api/v1/openapi.json').expect(200);
    expect(res.body).toEqual(JSON.parse(JSON.stringify(openApiDocument)));
    expect(res.body.openapi).toBe('3.1.0');
  });

  it('gives every operation a unique operationId', () => {
    const ids = Object.values(doc.paths).flatMap((item) =>
      Object.values(item).map((op) => (op as unknown as { operationId: string }).operationId),
    );
    expect(new Set(ids).size).toBe(ids.length);
  });
});
