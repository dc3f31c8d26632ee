// Starts a throwaway PostgreSQL server for the tests and the benchmark: a new cluster in a
// temporary directory, listening on a free loopback port, stopped and deleted by `stop()`.
// As root it runs the server as the `postgres` user (or `nobody`), since initdb refuses root.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** Where Debian and most Linux distributions put the server binaries, newest first. */
function findBinDir() {
  if (process.env.PG_BIN && existsSync(path.join(process.env.PG_BIN, 'initdb'))) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((v) => existsSync(path.join(root, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions.length) return path.join(root, versions[0], 'bin');
  }
  const which = spawnSync('which', ['initdb'], { encoding: 'utf8' });
  return which.status === 0 ? path.dirname(which.stdout.trim()) : undefined;
}

/** The binaries' directory, or undefined when no PostgreSQL server is installed. */
export const postgresBinDir = findBinDir();

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function userId(name) {
  const result = spawnSync('id', ['-u', name], { encoding: 'utf8' });
  return result.status === 0
    ? { uid: Number(result.stdout), gid: Number(spawnSync('id', ['-g', name], { encoding: 'utf8' }).stdout) }
    : undefined;
}

/**
 * @param {{ settings?: Record<string, string | number>, dir?: string }} [options] extra
 *   `postgresql.conf` settings; `dir` keeps the cluster there across runs (the benchmark's
 *   million rows) instead of a temporary directory deleted by `stop()`.
 * @returns {Promise<{ url: string, port: number, dir: string, stop: () => void }>}
 */
export async function startPostgres({ settings = {}, dir: keep } = {}) {
  const bin = postgresBinDir;
  if (!bin) throw new Error('No PostgreSQL server is installed (apt-get install postgresql).');
  if (keep) mkdirSync(keep, { recursive: true });
  const dir = keep ?? mkdtempSync(path.join(os.tmpdir(), 'invoice-pg-'));
  const data = path.join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  const owner = asRoot ? (userId('postgres') ?? userId('nobody')) : undefined;
  if (asRoot && !owner) throw new Error('Running as root and no postgres or nobody user to run PostgreSQL as.');
  if (owner) chownSync(dir, owner.uid, owner.gid);
  const run = (command, args) => {
    const options = { stdio: ['ignore', 'pipe', 'pipe'], ...(owner ? { uid: owner.uid, gid: owner.gid } : {}) };
    return execFileSync(path.join(bin, command), args, { ...options, cwd: dir, env: { ...process.env, LC_ALL: 'C.UTF-8' } });
  };
  const port = await freePort();
  if (!existsSync(path.join(data, 'PG_VERSION'))) {
    run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8', '--no-sync']);
  }
  const conf = {
    port,
    listen_addresses: "'127.0.0.1'",
    unix_socket_directories: `'${dir}'`,
    fsync: 'off',
    synchronous_commit: 'off',
    full_page_writes: 'off',
    logging_collector: 'off',
    ...settings,
  };
  writeFileSync(
    path.join(data, 'postgresql.auto.conf'),
    Object.entries(conf)
      .map(([k, v]) => `${k} = ${v}\n`)
      .join(''),
  );
  if (owner) chownSync(path.join(data, 'postgresql.auto.conf'), owner.uid, owner.gid);
  run('pg_ctl', ['-D', data, '-l', path.join(dir, 'server.log'), '-w', '-t', '60', 'start']);
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
    } finally {
      if (!keep) rmSync(dir, { recursive: true, force: true });
    }
  };
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, port, dir, stop };
}
