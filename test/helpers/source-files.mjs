// Dev-server routes for tests that inspect the sources themselves (token wiring, every story
// renders). The server otherwise hands out .ts files compiled, without their comments.
//   GET /__sources/list?dir=src&ext=.ts   → JSON array of repo-relative paths, sorted
//   GET /__sources/raw/<repo-relative path> → the file's text, untouched
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

const ROOT = process.cwd();
// Only these folders are readable, and never node_modules.
const ALLOWED = ['src', 'stories', '.storybook'];

function inside(relative) {
  const full = path.resolve(ROOT, relative);
  const top = path.relative(ROOT, full).split(path.sep)[0];
  return ALLOWED.includes(top) && !full.includes(`${path.sep}node_modules${path.sep}`) ? full : undefined;
}

async function walk(dir, ext, out) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await walk(full, ext, out);
    else if (entry.name.endsWith(ext)) out.push(path.relative(ROOT, full).split(path.sep).join('/'));
  }
  return out;
}

export async function sourceFilesMiddleware(ctx, next) {
  if (!ctx.path.startsWith('/__sources/')) return next();
  if (ctx.path === '/__sources/list') {
    const dir = inside(String(ctx.query.dir ?? ''));
    if (!dir) return void (ctx.status = 403);
    ctx.type = 'application/json';
    ctx.body = JSON.stringify((await walk(dir, String(ctx.query.ext ?? '.ts'), [])).sort());
    return;
  }
  const file = inside(decodeURIComponent(ctx.path.slice('/__sources/raw/'.length)));
  if (!file) return void (ctx.status = 403);
  try {
    ctx.type = 'text/plain; charset=utf-8';
    ctx.body = await readFile(file, 'utf8');
  } catch {
    ctx.status = 404;
  }
}
