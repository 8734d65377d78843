import { env, SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };

describe('GET /api/health', () => {
  it('reports ok, the package version and a live database', async () => {
    const response = await SELF.fetch('http://localhost/api/health');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    const body = await response.json<{ status: string; version: string; database: { status: string; schema: string } }>();
    expect(body.status).toBe('ok');
    expect(body.version).toBe(packageJson.version);
    expect(body.database).toMatchObject({ status: 'ok', schema: '7' });
  });

  it('reports the database as unavailable, with 503, when the schema is missing', async () => {
    await env.DB.exec('DROP TABLE meta');
    const response = await SELF.fetch('http://localhost/api/health');
    expect(response.status).toBe(503);
    const body = await response.json<{ status: string; database: { status: string; message: string } }>();
    expect(body.status).toBe('degraded');
    expect(body.database.status).toBe('error');
    expect(body.database.message).toMatch(/meta/);
  });
});

describe('unknown API routes', () => {
  it('answer 404 with a JSON error naming the route', async () => {
    const response = await SELF.fetch('http://localhost/api/does-not-exist', { method: 'POST' });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: { code: 'not-found', message: 'No API route matches POST /api/does-not-exist' },
    });
  });
});
