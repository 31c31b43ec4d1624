// A small static file server for the page: correct MIME types (application/wasm), no
// caching surprises, loopback only. Usage: node tools/serve.mjs DIR [PORT]
//
// Every response carries an ETag (size and mtime) and `cache-control: no-cache`, so a repeat
// visit revalidates each file with a bodiless 304 and always sees a rebuilt file. Text and
// wasm go gzipped to a client that accepts it; the gzipped body is made once per file version,
// in the background: until it is ready the file goes uncompressed rather than waiting.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzip } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ts': 'text/plain; charset=utf-8',
};

// Worth compressing: text and wasm, above a size where gzip's header outweighs the gain.
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.txt', '.svg', '.ts']);
const MIN_GZIP = 1024;

/** Serves `dir` on `host:port` (0: any free port); `headers` go on every response. */
export function startServer(dir, port = 0, { host = '127.0.0.1', headers: extra = {} } = {}) {
  const root = resolve(dir);
  const gzipped = new Map(); // file -> { etag, body: Buffer | null (being made) }
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      let file = normalize(join(root, path));
      // (The root itself may end in a separator: "/" when bench/compare.mjs serves two
      // checkouts with nothing else in common.)
      const inside = root.endsWith(sep) ? root : root + sep;
      if (file !== root && !file.startsWith(inside)) throw Object.assign(new Error('outside'), { code: 'ENOENT' });
      let info = await stat(file);
      if (info.isDirectory()) {
        file = join(file, 'index.html');
        info = await stat(file);
      }
      const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
      const headers = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        etag,
        ...extra,
      };
      const compressible = COMPRESSIBLE.has(extname(file)) && info.size >= MIN_GZIP;
      if (compressible) headers.vary = 'accept-encoding';
      if (req.headers['if-none-match']?.split(/\s*,\s*/).includes(etag)) {
        res.writeHead(304, headers);
        res.end();
        return;
      }
      const wantsGzip = compressible && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      const cached = gzipped.get(file);
      if (wantsGzip && cached?.etag === etag && cached.body) {
        res.writeHead(200, { ...headers, 'content-encoding': 'gzip', 'content-length': cached.body.length });
        res.end(req.method === 'HEAD' ? undefined : cached.body);
        return;
      }
      const body = await readFile(file);
      if (wantsGzip && cached?.etag !== etag) {
        const entry = { etag, body: null };
        gzipped.set(file, entry);
        gzip(body, { level: 9 }, (err, out) => {
          if (gzipped.get(file) !== entry) return;
          if (err) gzipped.delete(file);
          else entry.body = out;
        });
      }
      res.writeHead(200, { ...headers, 'content-length': body.length });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (e) {
      res.writeHead(e.code === 'ENOENT' || e.code === 'EISDIR' ? 404 : 500, { 'content-type': 'text/plain', ...extra });
      res.end(e.code === 'ENOENT' ? 'not found' : 'error');
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok(server));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'www', port = '8080'] = process.argv.slice(2);
  const server = await startServer(dir, Number(port));
  console.log(`factlight: serving ${dir} at http://127.0.0.1:${server.address().port}/`);
}
