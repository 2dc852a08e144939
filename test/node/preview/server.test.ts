// The preview server, started on a free port against a fake staged package
// (no build needed): routes, content types, traversal refusal, localhost only.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { HOST, PAGE_FILES, startPreviewServer, type PreviewServer } from '../../../scripts/preview/server.js';

interface Reply {
  status: number;
  type: string | undefined;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

/** The raw body of a GET that accepts gzip. */
function getGzip(server: PreviewServer, path: string): Promise<{ encoding: string | undefined; vary: string | undefined; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: server.address, port: server.port, path, headers: { 'Accept-Encoding': 'gzip, deflate' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ encoding: res.headers['content-encoding'], vary: res.headers['vary'], body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Sends the path byte for byte: fetch() would normalise `/pkg/../x` before sending it. */
function get(server: PreviewServer, path: string, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: server.address, port: server.port, path, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'], body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('preview server', () => {
  let dir: string;
  let server: PreviewServer;
  const lines: string[] = [];

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'frontline-preview-'));
    const pkg = join(dir, 'stage', 'scorm12');
    mkdirSync(join(pkg, 'assets'), { recursive: true });
    const files: Record<string, string> = {
      'index.html': '<!doctype html><title>Fake course</title><script type="module" src="app.js"></script>',
      'app.js': 'parent.API.LMSInitialize("");',
      'styles.css': 'body{}',
      'imsmanifest.xml': '<manifest/>',
      'adlcp_rootv1p2.xsd': '<xs:schema/>',
      'assets/data.json': '{}',
      'assets/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
      'assets/logo.png': '\x89PNG',
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(pkg, name), text);
    writeFileSync(join(dir, 'secret.txt'), 'outside the served folder');
    symlinkSync(join(dir, 'secret.txt'), join(pkg, 'link.txt'));
    server = await startPreviewServer({ port: 0, root: join(dir, 'stage'), log: (line) => lines.push(line) });
  });

  after(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sends files as they are by default, and text gzip-compressed when asked to (as the bench does)', async () => {
    const plain = await getGzip(server, '/pkg/scorm12/app.js');
    assert.equal(plain.encoding, undefined);
    assert.equal(plain.body.toString(), 'parent.API.LMSInitialize("");');
    const gzip = await startPreviewServer({ port: 0, root: join(dir, 'stage'), gzip: true });
    try {
      const js = await getGzip(gzip, '/pkg/scorm12/app.js');
      assert.deepEqual([js.encoding, js.vary], ['gzip', 'Accept-Encoding']);
      assert.equal(gunzipSync(js.body).toString(), 'parent.API.LMSInitialize("");');
      // Binary files stay as they are; a client that does not accept gzip gets the file.
      assert.equal((await getGzip(gzip, '/pkg/scorm12/assets/logo.png')).encoding, undefined);
      assert.equal((await get(gzip, '/pkg/scorm12/styles.css')).body, 'body{}');
    } finally {
      await gzip.close();
    }
  });

  it('binds 127.0.0.1 only, on the port it reports', () => {
    assert.equal(HOST, '127.0.0.1');
    assert.equal(server.address, '127.0.0.1');
    assert.ok(server.port > 0);
    assert.equal(server.url, `http://127.0.0.1:${server.port}/`);
  });

  it('serves the LMS page at /', async () => {
    const reply = await get(server, '/');
    assert.equal(reply.status, 200);
    assert.equal(reply.type, 'text/html; charset=utf-8');
    assert.match(reply.body, /<script type="module" src="lms\.js">/);
    assert.equal(reply.headers['x-content-type-options'], 'nosniff');
  });

  it('serves every file the LMS page lists, as a module script or style', async () => {
    for (const path of Object.keys(PAGE_FILES).filter((p) => p !== '/')) {
      const reply = await get(server, path);
      assert.equal(reply.status, 200, path);
      assert.match(reply.type ?? '', /^text\/(javascript|css); charset=utf-8$/, path);
    }
  });

  it('does not serve the server source that sits beside the page', async () => {
    assert.equal((await get(server, '/server.ts')).status, 404);
    assert.equal((await get(server, '/lms-session.d.ts')).status, 404);
  });

  it('serves the staged package with the right content types', async () => {
    const expected: Record<string, string> = {
      '/pkg/scorm12/index.html': 'text/html; charset=utf-8',
      '/pkg/scorm12/app.js': 'text/javascript; charset=utf-8',
      '/pkg/scorm12/styles.css': 'text/css; charset=utf-8',
      '/pkg/scorm12/imsmanifest.xml': 'application/xml; charset=utf-8',
      '/pkg/scorm12/adlcp_rootv1p2.xsd': 'application/xml; charset=utf-8',
      '/pkg/scorm12/assets/data.json': 'application/json; charset=utf-8',
      '/pkg/scorm12/assets/logo.svg': 'image/svg+xml',
      '/pkg/scorm12/assets/logo.png': 'image/png',
    };
    for (const [path, type] of Object.entries(expected)) {
      const reply = await get(server, path);
      assert.equal(reply.status, 200, path);
      assert.equal(reply.type, type, path);
    }
    assert.match((await get(server, '/pkg/scorm12/index.html?x=1')).body, /Fake course/);
  });

  it('serves a package folder as its index.html, redirecting to the trailing slash first', async () => {
    const redirect = await get(server, '/pkg/scorm12');
    assert.equal(redirect.status, 301);
    assert.equal(redirect.headers.location, '/pkg/scorm12/');
    const index = await get(server, '/pkg/scorm12/');
    assert.equal(index.status, 200);
    assert.match(index.body, /Fake course/);
  });

  it("serves scorm-again's ES modules under /vendor/", async () => {
    for (const name of ['scorm12.js', 'scorm2004.js']) {
      const reply = await get(server, `/vendor/${name}`);
      assert.equal(reply.status, 200, name);
      assert.equal(reply.type, 'text/javascript; charset=utf-8');
      assert.match(reply.body, /export \{ Scorm(12|2004)API \}/);
    }
    assert.equal((await get(server, '/vendor/scorm12.js', 'HEAD')).status, 200);
  });

  it('answers 404 for missing files and targets', async () => {
    assert.equal((await get(server, '/pkg/scorm12/missing.js')).status, 404);
    assert.equal((await get(server, '/pkg/scorm2004/index.html')).status, 404);
    assert.equal((await get(server, '/package.json')).status, 404);
    assert.ok(lines.some((line) => line.includes('/pkg/scorm12/missing.js')), 'failed requests are logged');
  });

  it('refuses directory traversal, raw and percent-encoded, with 403', async () => {
    const attempts = [
      '/pkg/../package.json',
      '/pkg/../secret.txt',
      '/pkg/scorm12/../../secret.txt',
      '/pkg/%2e%2e/secret.txt',
      '/pkg/%2E%2E/%2e%2e/package.json',
      '/pkg/..%2fsecret.txt',
      '/pkg/scorm12/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/vendor/../../../package.json',
      '/vendor/%2e%2e/%2e%2e/%2e%2e/%2e%2e/package.json',
      '/pkg/scorm12/link.txt', // a symlink pointing outside
    ];
    for (const path of attempts) {
      const reply = await get(server, path);
      assert.equal(reply.status, 403, path);
      assert.doesNotMatch(reply.body, /outside the served folder|"name": "frontline"/, path);
    }
  });

  it('rejects malformed encodings, NUL bytes and non-GET methods', async () => {
    assert.equal((await get(server, '/pkg/scorm12/%E0%A4%A')).status, 400);
    assert.equal((await get(server, '/pkg/scorm12/index.html%00.js')).status, 400);
    const post = await get(server, '/pkg/scorm12/index.html', 'POST');
    assert.equal(post.status, 405);
    assert.equal(post.headers.allow, 'GET, HEAD');
  });
});
