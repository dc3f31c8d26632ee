// Helpers for the package tests: pack the library as `npm publish` would and read the tarball.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The entries of a .tgz (ustar): `Map<path inside the package, Buffer>`. */
export function readTarball(file) {
  const tar = gunzipSync(readFileSync(file));
  const files = new Map();
  for (let offset = 0; offset + 512 <= tar.length;) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break;
    const text = (from, to) => header.subarray(from, to).toString('utf8').replace(/\0.*$/s, '');
    const name = [text(345, 500), text(0, 100)].filter(Boolean).join('/');
    const size = parseInt(text(124, 136).trim() || '0', 8);
    const type = text(156, 157);
    if (type === '0' || type === '') files.set(name.replace(/^package\//, ''), tar.subarray(offset + 512, offset + 512 + size));
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

/** Packs the working tree (after `npm run build`) and returns its files. */
export function packedFiles() {
  const dir = mkdtempSync(path.join(tmpdir(), 'invoice-pack-'));
  try {
    const [packed] = JSON.parse(
      execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['pack', '--json', '--pack-destination', dir], {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    );
    return readTarball(path.join(dir, packed.filename));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const json = (files, name) => JSON.parse(files.get(name).toString('utf8'));
