import { connect, type AddressInfo } from 'node:net';
import request from 'supertest';
import type { Express } from 'express';
import type { Catalog } from '../../src/app';
import { mark } from '../../src/scoring';
import { loadFixtureCatalog, testApp } from './support';

const FEEDBACK = '/api/v1/questions/beria-fall/feedback';
const GOOD_ANSWER =
  'Beria controlled the secret police, so the others feared he would seize power. ' +
  'Because of this Khrushchev had him arrested in June 1953.';

let app: Express;
let catalog: Catalog;
beforeAll(async () => {
  catalog = await loadFixtureCatalog();
  app = await testApp({ catalog });
});

/** Sends `raw` bytes to the app on a loopback port and returns the whole response as text. */
async function rawRequest(application: Express, raw: string | Buffer): Promise<string> {
  const server = application.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    return await new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => socket.end(raw));
      let text = '';
      socket.setEncoding('utf8');
      socket.on('data', (chunk: string) => (text += chunk));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

interface EvidenceBody {
  start: number;
  end: number;
  text: string;
}
interface PointBody {
  id: string;
  met: boolean;
  evidence: EvidenceBody[];
}

describe('POST /api/v1/questions/:id/feedback', () => {
  it("returns the engine's result unchanged, with the question id", async () => {
    const res = await request(app).post(FEEDBACK).send({ answer: GOOD_ANSWER }).expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const expected = mark(catalog.get('beria-fall')!, GOOD_ANSWER);
    expect(res.body).toEqual({ questionId: 'beria-fall', ...JSON.parse(JSON.stringify(expected)) });
    expect(res.body.points.find((p: PointBody) => p.id === 'secret-police').met).toBe(true);
  });

  it('marks a point-marked question', async () => {
    const answer = 'He ran the secret police and kept files on everyone.';
    const res = await request(app)
      .post('/api/v1/questions/beria-feared-two/feedback')
      .send({ answer })
      .expect(200);
    expect(res.body).toMatchObject({ questionId: 'beria-feared-two', maxMark: 2, level: null });
    expect(res.body.mark).toBe(mark(catalog.get('beria-feared-two')!, answer).mark);
  });

  it.each([
    ['HTML', '<script>alert("x")</script> <img src=x onerror=alert(1)> Beria ran the secret police & more.'],
    ['emoji and accents', '🕵️‍♂️ Beria — «Берия» — ran the secret police; café naïve 𝒳 ZWJ\u200d.'],
    ['combining marks and CRLF', 'Be\u0301ria\r\nran the secret police.\r\n'],
    ['a lone surrogate', 'Beria \ud800 ran the secret police.'],
  ])('keeps %s in the answer exactly, with evidence offsets into it', async (_name, answer) => {
    const res = await request(app).post(FEEDBACK).send({ answer }).expect(200);
    const met = (res.body.points as PointBody[]).filter((p) => p.met);
    expect(met.map((p) => p.id)).toContain('secret-police');
    for (const point of met) {
      for (const e of point.evidence) expect(answer.slice(e.start, e.end)).toBe(e.text);
    }
    const police = met.find((p) => p.id === 'secret-police')!;
    expect(police.evidence.map((e) => e.text).join(' ')).toContain('secret police');
  });

  it('sends the result as JSON with its byte length, and <, > and & escaped as in every JSON answer', async () => {
    const answer = 'Beria ran the <b>secret police</b> & Café «Берия» 🕵️ kept files.';
    const res = await request(app).post(FEEDBACK).send({ answer }).expect(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(Number(res.headers['content-length'])).toBe(Buffer.byteLength(res.text, 'utf8'));
    expect(res.text).not.toMatch(/[<>&]/);
    expect(res.text).toContain('\\u003cb\\u003esecret police\\u003c/b\\u003e \\u0026 Café');
    const expected = { questionId: 'beria-fall', ...mark(catalog.get('beria-fall')!, answer) };
    expect(res.text).toBe(
      JSON.stringify(expected).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026'),
    );
  });

  it('marks an empty answer as zero rather than refusing it', async () => {
    const res = await request(app).post(FEEDBACK).send({ answer: '' }).expect(200);
    expect(res.body.mark).toBe(0);
  });

  it('accepts application/*+json and a charset', async () => {
    await request(app)
      .post(FEEDBACK)
      .set('Content-Type', 'application/vnd.feedback+json; charset=utf-8')
      .send(JSON.stringify({ answer: GOOD_ANSWER }))
      .expect(200);
  });

  it('ignores fields it does not know', async () => {
    await request(app).post(FEEDBACK).send({ answer: GOOD_ANSWER, student: 's1' }).expect(200);
  });

  it.each(['utf8', 'UTF8', '"utf8"', 'us-ascii', 'US-ASCII'])(
    'marks a body declared in charset %s, an alias or a subset of UTF-8',
    async (charset) => {
      const res = await request(app)
        .post(FEEDBACK)
        .set('Content-Type', `application/json; charset=${charset}`)
        .send(JSON.stringify({ answer: GOOD_ANSWER }))
        .expect(200);
      expect(res.body).toEqual({
        questionId: 'beria-fall',
        ...mark(catalog.get('beria-fall')!, GOOD_ANSWER),
      });
    },
  );
});

describe('POST /api/v1/questions/:id/feedback errors', () => {
  function expectProblem(res: request.Response, status: number, code: string): void {
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ type: `/problems/${code}`, status, instance: FEEDBACK });
    expect(typeof res.body.detail).toBe('string');
    expect(res.body.requestId).toBe(res.headers['x-request-id']);
  }

  it('answers 400 to broken JSON, saying where it broke', async () => {
    const res = await request(app)
      .post(FEEDBACK)
      .set('Content-Type', 'application/json')
      .send('{"answer": "Beria');
    expectProblem(res, 400, 'malformed-json');
    expect(res.body.detail).toMatch(/^The body is not valid JSON: /);
  });

  it.each([
    ['a number', { answer: 5 }, '/answer', 'must be a string; found a number'],
    ['null', { answer: null }, '/answer', 'must be a string; found null'],
    ['an array', { answer: ['Beria'] }, '/answer', 'must be a string; found an array'],
    ['missing', { text: 'Beria' }, '/answer', 'answer is required: send {"answer": "..."}'],
  ])('answers 422 with pointer /answer when the answer is %s', async (_name, body, pointer, detail) => {
    const res = await request(app).post(FEEDBACK).send(body);
    expectProblem(res, 422, 'validation');
    expect(res.body.errors).toEqual([{ pointer, detail }]);
  });

  it('answers 422 with pointer "" when the body is an array', async () => {
    const res = await request(app).post(FEEDBACK).set('Content-Type', 'application/json').send('["Beria"]');
    expectProblem(res, 422, 'validation');
    expect(res.body.errors).toEqual([{ pointer: '', detail: 'must be a JSON object; found an array' }]);
  });

  it.each([
    ['"Beria"', 'string'],
    ['5', 'number'],
    ['null', 'null'],
    [' true', 'boolean'],
  ])(
    'answers 400 to the bare JSON value %s, asking for an object rather than calling it invalid',
    async (body, kind) => {
      const res = await request(app).post(FEEDBACK).set('Content-Type', 'application/json').send(body);
      expectProblem(res, 400, 'malformed-json');
      expect(res.body.detail).toBe(
        `The body must be a JSON object such as {"answer": "..."}; found a bare ${kind}.`,
      );
    },
  );

  it('answers 422 when the answer is over 50,000 characters', async () => {
    const res = await request(app)
      .post(FEEDBACK)
      .send({ answer: 'x'.repeat(50_001) });
    expectProblem(res, 422, 'validation');
    expect(res.body.errors).toEqual([
      { pointer: '/answer', detail: 'must be at most 50000 characters; found 50001' },
    ]);
  });

  it('accepts an answer of exactly 50,000 characters', async () => {
    await request(app)
      .post(FEEDBACK)
      .send({ answer: 'Beria ran the secret police. '.repeat(2000).slice(0, 50_000) })
      .expect(200);
  });

  it('answers 413 to a 2 MB body', async () => {
    const res = await request(app)
      .post(FEEDBACK)
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ answer: 'a'.repeat(2 * 1024 * 1024) }));
    expectProblem(res, 413, 'payload-too-large');
    expect(res.body.detail).toBe('The request body is larger than the 614400-byte limit.');
  });

  it.each([
    ['text/plain', 'answer=Beria'],
    ['application/x-www-form-urlencoded', 'answer=Beria'],
  ])('answers 415 to a %s body', async (type, body) => {
    const res = await request(app).post(FEEDBACK).set('Content-Type', type).send(body);
    expectProblem(res, 415, 'unsupported-media-type');
    expect(res.body.detail).toContain(type);
  });

  it('answers 415 to a body with no content type', async () => {
    const res = await request(app).post(FEEDBACK);
    expectProblem(res, 415, 'unsupported-media-type');
  });

  it.each(['latin1', 'iso-8859-1', 'utf-16', 'utf-16le', 'UTF-16BE', 'utf-7', 'utf-32', 'ascii-ish'])(
    'answers 415 to a body declared in charset %s, which offsets into the answer could not index',
    async (charset) => {
      const res = await request(app)
        .post(FEEDBACK)
        .set('Content-Type', `application/json; charset=${charset}`)
        .send('{"answer":"Beria"}');
      expectProblem(res, 415, 'unsupported-media-type');
      expect(res.body.detail).toContain(`charset=${charset.toLowerCase()}`);
    },
  );

  it.each([
    ['UTF-16 with a byte order mark and no charset', Buffer.from('\ufeff{"answer":"Beria"}', 'utf16le')],
    [
      'Windows-1252 bytes (a curly apostrophe as 0x92)',
      Buffer.from('{"answer":"Beria\x92s police"}', 'latin1'),
    ],
  ])('answers 415 to a JSON body that is not UTF-8: %s', async (_name, bytes) => {
    // Raw bytes over a socket: supertest would serialise a Buffer as JSON.
    const head = `POST ${FEEDBACK} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${bytes.length}\r\nConnection: close\r\n\r\n`;
    const response = await rawRequest(app, Buffer.concat([Buffer.from(head), bytes]));
    expect(response).toMatch(/^HTTP\/1\.1 415 /);
    expect(response).toContain('The body is not UTF-8: send JSON encoded as UTF-8.');
  });

  it('answers 415 to bytes that are not UTF-8 even when declared as its alias utf8', async () => {
    const bytes = Buffer.from('{"answer":"Beria\x92s police"}', 'latin1');
    const head = `POST ${FEEDBACK} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json; charset=utf8\r\nContent-Length: ${bytes.length}\r\nConnection: close\r\n\r\n`;
    const response = await rawRequest(app, Buffer.concat([Buffer.from(head), bytes]));
    expect(response).toMatch(/^HTTP\/1\.1 415 /);
    expect(response).toContain('The body is not UTF-8: send JSON encoded as UTF-8.');
  });

  it('marks a body declared as UTF-8 in any letter case', async () => {
    await request(app)
      .post(FEEDBACK)
      .set('Content-Type', 'application/json; charset="UTF-8"')
      .send(JSON.stringify({ answer: GOOD_ANSWER }))
      .expect(200);
  });

  it('answers 422 "answer is required" to a JSON request with no body at all', async () => {
    // As `curl -X POST -H 'Content-Type: application/json' URL` sends it: no Content-Length, no
    // Transfer-Encoding (supertest always sends one of them, so this goes over a raw socket).
    const response = await rawRequest(
      app,
      `POST ${FEEDBACK} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n`,
    );
    expect(response).toMatch(/^HTTP\/1\.1 422 /);
    expect(response).toContain('"pointer":"/answer"');
    expect(response).toContain('answer is required');
  });

  it('accepts the longest answer even with every character written as a \\u escape', async () => {
    // 50,000 emoji as Python's json.dumps writes them by default: 12 bytes each, 600,014 in all.
    const body = JSON.stringify({ answer: '😀'.repeat(50_000) }).replace(
      /[\ud800-\udfff]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16)}`,
    );
    expect(body.length).toBeGreaterThan(600_000);
    await request(app).post(FEEDBACK).set('Content-Type', 'application/json').send(body).expect(200);
  });

  it('answers 404 for an unknown question', async () => {
    const res = await request(app)
      .post('/api/v1/questions/nope/feedback')
      .send({ answer: 'Beria' })
      .expect(404);
    expect(res.body).toMatchObject({ type: '/problems/not-found', detail: 'No question has the id "nope".' });
  });
});

describe('POST /api/v1/questions/:id/feedback caching', () => {
  it.each([
    ['a mark', { answer: GOOD_ANSWER }, 200],
    ['a validation problem', { answer: 5 }, 422],
  ] as const)('sends %s without an ETag, which no client could revalidate', async (_name, body, status) => {
    const res = await request(app).post(FEEDBACK).send(body).expect(status);
    expect(res.headers.etag).toBeUndefined();
  });
});

describe('odd requests', () => {
  it('answers 422, not a crash, to an answer nested 100,000 arrays deep', async () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const res = await request(app)
      .post(FEEDBACK)
      .set('Content-Type', 'application/json')
      .send(`{"answer": ${deep}}`);
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([{ pointer: '/answer', detail: 'must be a string; found an array' }]);
  });

  it('answers 400 problem+json to a malformed percent-escape in the path', async () => {
    const res = await request(app).get('/api/v1/questions/%E0%A4%A').expect(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ type: '/problems/bad-request', status: 400 });
  });

  it('marks the last answer when a key is repeated, as JSON.parse does', async () => {
    const res = await request(app)
      .post(FEEDBACK)
      .set('Content-Type', 'application/json')
      .send('{"answer": 5, "answer": "Beria ran the secret police."}')
      .expect(200);
    expect(res.body.questionId).toBe('beria-fall');
  });
});
