import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WhosaidError } from '../core/index.js';
import { fetchPage, readInputArticles, whosaidUserAgent } from './index.js';

const ARTICLE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Port closes | Meridian Wire</title>
<meta property="og:site_name" content="Meridian Wire"><link rel="canonical" href="/world/port"></head>
<body><article><h1>Port closes</h1><p>The port stayed closed on Tuesday as a storm surge flooded the terminals, the harbour master said.</p></article></body></html>`;

type Handler = (request: IncomingMessage, response: ServerResponse) => void;
const routes: Record<string, Handler> = {
  '/article': (_, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(ARTICLE);
  },
  '/gzip': (_, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
    res.end(gzipSync(ARTICLE));
  },
  '/br': (_, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'br' });
    res.end(brotliCompressSync(ARTICLE));
  },
  '/latin1': (_, res) => {
    // Header says windows-1252, the page says nothing: the header wins.
    res.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' });
    res.end(
      Buffer.from(
        '<html><body><p>The caf\xe9 owner said \x93we are closed\x94 until Friday at the earliest.</p></body></html>',
        'latin1',
      ),
    );
  },
  '/plain': (_, res) => {
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('The mayor said the budget was balanced.\n');
  },
  '/image': (_, res) => {
    res.writeHead(200, { 'content-type': 'image/png' });
    res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  },
  '/missing': (_, res) => {
    res.writeHead(404, { 'content-type': 'text/html' });
    res.end('<h1>Not found</h1>');
  },
  '/slow': (_, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.write('<html><body><p>Start');
    // Never ends: the client's timeout must fire.
  },
  '/big': (_, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(`<html><body><p>${'x'.repeat(5000)}</p></body></html>`);
  },
  '/big-gzip': (_, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
    res.end(gzipSync(`<html><body><p>${'x'.repeat(50_000)}</p></body></html>`));
  },
  '/ua': (req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end(String(req.headers['user-agent']));
  },
};

let server: Server;
let base = '';
const open = new Set<ServerResponse>();

beforeAll(async () => {
  server = createServer((req, res) => {
    open.add(res);
    res.on('close', () => open.delete(res));
    const path = req.url ?? '/';
    const hops = path.match(/^\/redirect\/(\d+)$/);
    if (hops) {
      const left = Number(hops[1]);
      res.writeHead(302, { location: left > 1 ? `/redirect/${left - 1}` : '/article' });
      res.end();
      return;
    }
    (routes[path] ?? routes['/missing'])(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const res of open) res.destroy();
  await new Promise((resolve) => server.close(resolve));
});

async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof WhosaidError) return `${error.code} ${error.message}`;
    throw error;
  }
  return 'no error';
}

async function article(url: string, options = {}) {
  for await (const item of readInputArticles(url, options)) {
    if ('article' in item) return item.article;
    throw item.error;
  }
  throw new Error('no item');
}

describe('fetchPage and URL inputs (server on 127.0.0.1)', () => {
  it('fetches, extracts and keeps title, publisher and canonical URL', async () => {
    const result = await article(`${base}/article`);
    expect(result.file).toBe(`${base}/article`);
    expect(result.text).toBe(
      'The port stayed closed on Tuesday as a storm surge flooded the terminals, the harbour master said.',
    );
    expect(result.meta).toMatchObject({ title: 'Port closes', publisher: 'Meridian Wire', url: `${base}/world/port` });
  });

  it('undoes gzip and brotli, and follows the header charset', async () => {
    expect((await article(`${base}/gzip`)).text).toContain('storm surge');
    expect((await article(`${base}/br`)).text).toContain('storm surge');
    expect((await article(`${base}/latin1`)).text).toBe(
      'The café owner said “we are closed” until Friday at the earliest.',
    );
  });

  it('takes text/plain as it is, with the final URL as url', async () => {
    const result = await article(`${base}/plain`);
    expect(result).toMatchObject({ text: 'The mayor said the budget was balanced.\n', meta: { url: `${base}/plain` } });
  });

  it('follows up to 5 redirects and refuses the 6th', async () => {
    const page = await fetchPage(`${base}/redirect/5`, { maxBytes: 10_000 });
    expect(page.url).toBe(`${base}/article`);
    expect(await failure(fetchPage(`${base}/redirect/6`, { maxBytes: 10_000 }))).toBe(
      'E053 too many redirects: more than 5',
    );
  });

  it('reports HTTP errors, non-article content types, timeouts and size in one line', async () => {
    expect(await failure(fetchPage(`${base}/missing`, { maxBytes: 10_000 }))).toBe('E050 HTTP error: 404 Not Found');
    expect(await failure(fetchPage(`${base}/image`, { maxBytes: 10_000 }))).toBe('E052 not an article: image/png');
    expect(await failure(fetchPage(`${base}/slow`, { maxBytes: 10_000, timeoutMs: 300 }))).toBe(
      'E051 timeout: no complete response after 0.3 s',
    );
    expect(await failure(fetchPage(`${base}/big`, { maxBytes: 1000 }))).toMatch(
      /^E023 input too large: .*limit 1000 bytes/,
    );
    expect(await failure(fetchPage(`${base}/big-gzip`, { maxBytes: 10_000 }))).toMatch(/^E023 .*more than 9\.8 KB/);
    // A port that was just freed: nothing listens there.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    expect(await failure(fetchPage(`http://127.0.0.1:${port}/`, { maxBytes: 10_000 }))).toBe(
      'E054 cannot fetch URL: ECONNREFUSED',
    );
  });

  it('says who is asking', async () => {
    const page = await fetchPage(`${base}/ua`, { maxBytes: 10_000 });
    expect(Buffer.from(page.bytes).toString()).toBe(whosaidUserAgent());
    expect(whosaidUserAgent()).toMatch(/^whosaid\/\d+\.\d+\.\d+ /);
  });
});
