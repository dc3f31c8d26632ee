// `npm start` (after `npm run build`): http://127.0.0.1:8080/ serves the server-rendered page,
// the client bundle and the theme. PORT=0 picks a free port.
import { createReadStream, statSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderPage } from './render.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const themes = path.join(path.dirname(createRequire(import.meta.url).resolve('@invoice-section/elements/package.json')), 'dist/themes');
const folders = { '/dist/': path.join(here, '../dist'), '/themes/': themes };
const types = { '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };

export function createServer() {
  return http.createServer(async (req, res) => {
    const { pathname } = new URL(req.url, 'http://localhost');
    if (pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(await renderPage());
      return;
    }
    const prefix = Object.keys(folders).find((p) => pathname.startsWith(p));
    const file = prefix && path.join(folders[prefix], decodeURIComponent(pathname.slice(prefix.length)));
    if (!file || !file.startsWith(folders[prefix]) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      res.writeHead(404).end('Not found');
      return;
    }
    res.writeHead(200, { 'content-type': `${types[path.extname(file)] ?? 'application/octet-stream'}; charset=utf-8` });
    createReadStream(file).pipe(res);
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = createServer().listen(Number(process.env.PORT ?? 8080), '127.0.0.1', () =>
    console.log(`http://127.0.0.1:${server.address().port}/`),
  );
}
