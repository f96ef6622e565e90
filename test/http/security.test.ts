import request from 'supertest';
import { testApp } from './support';

describe('security headers', () => {
  it.each(['/', '/docs', '/api/v1/questions', '/nothing'])(
    'sends a CSP without inline script on %s',
    async (path) => {
      const app = await testApp();
      const res = await request(app).get(path);
      const csp = String(res.headers['content-security-policy']);
      const scriptSrc = csp
        .split(';')
        .map((d) => d.trim())
        .find((d) => d.startsWith('script-src '));
      expect(scriptSrc).toBe("script-src 'self'");
      expect(csp).toContain("script-src-attr 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toContain('upgrade-insecure-requests');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-powered-by']).toBeUndefined();
    },
  );
});

describe('JSON escaping', () => {
  it('sends <, > and & escaped inside JSON text, the same string once parsed', async () => {
    const app = await testApp();
    const res = await request(app).get('/api/v1/questions/%3Cb%3Ex%26y').expect(404);
    expect(res.text).not.toContain('<b>');
    expect(res.text).toContain('\\u003cb\\u003ex\\u0026y');
    expect(res.body.detail).toBe('No question has the id "<b>x&y".');
  });
});
