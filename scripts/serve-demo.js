#!/usr/bin/env node
// Serves the built pages (dist/) over plain http on this machine only, so the demo
// runs without Excel, certificates or any dependency: `npm run demo`, then open the
// printed demo.html address. The browser tests start the same server on a free port.
// Usage: node scripts/serve-demo.js [--port 3000] [--root dist]
const { createServer } = require('node:http');
const { createReadStream, existsSync, statSync } = require('node:fs');
const path = require('node:path');
const { contentSecurityPolicy } = require('./content-security-policy');

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The file under `root` a request path names, or undefined when it would leave `root`. */
function fileFor(root, requestUrl) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(requestUrl, 'http://localhost').pathname);
  } catch {
    return undefined;
  }
  if (pathname === '/') pathname = '/demo.html';
  const file = path.resolve(root, `.${pathname}`);
  return file === root || file.startsWith(root + path.sep) ? file : undefined;
}

function handler(root) {
  return (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const file = fileFor(root, request.url || '/');
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    const extension = path.extname(file).toLowerCase();
    response.writeHead(200, {
      'Content-Type': CONTENT_TYPES[extension] || 'application/octet-stream',
      'Content-Length': statSync(file).size,
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      // The page's own policy, as its meta tag states it; a header can also forbid framing the demo.
      ...(extension === '.html'
        ? { 'Content-Security-Policy': `${contentSecurityPolicy(path.basename(file, '.html'))}; frame-ancestors 'none'` }
        : {}),
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  };
}

/**
 * Starts serving `root` on 127.0.0.1:`port` (0: any free port).
 * Resolves with the base URL (`http://localhost:3000/`) and a `close()`.
 */
function startStaticServer({ root = path.resolve(__dirname, '..', 'dist'), port = 3000 } = {}) {
  const resolvedRoot = path.resolve(root);
  const server = createServer(handler(resolvedRoot));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      const { port: actual } = server.address();
      resolve({
        url: `http://localhost:${actual}/`,
        port: actual,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

function option(args, name, fallback) {
  const index = args.indexOf(name);
  return index >= 0 && args[index + 1] !== undefined ? args[index + 1] : fallback;
}

async function main(args) {
  const root = path.resolve(option(args, '--root', path.resolve(__dirname, '..', 'dist')));
  const port = Number(option(args, '--port', process.env.PORT || 3000));
  if (!existsSync(path.join(root, 'demo.html'))) {
    console.error(`No demo.html in ${root}. Build first: npm run build`);
    process.exit(2);
  }
  try {
    const { url } = await startStaticServer({ root, port });
    console.log(`Serving ${path.relative(process.cwd(), root) || '.'} — open the demo at ${url}demo.html`);
    console.log('Press Ctrl+C to stop.');
  } catch (error) {
    const reason = error && error.code === 'EADDRINUSE' ? `port ${port} is in use (try --port 3001)` : String(error && error.message);
    console.error(`Could not start the demo server: ${reason}`);
    process.exit(2);
  }
}

module.exports = { startStaticServer };

if (require.main === module) void main(process.argv.slice(2));
