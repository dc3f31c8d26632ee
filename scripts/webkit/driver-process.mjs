// Starts the X server and WebKitWebDriver that WebKitGTK needs, on a free display and port, and
// makes sure neither outlives the process that started them (normal exit, Ctrl+C, kill).
import { spawn } from 'node:child_process';
import net from 'node:net';
import { waitForDriver } from './webdriver.mjs';

const SCREEN = '1920x1200x24';
const START_TIMEOUT_MS = 15_000;

/** A TCP port nobody listens on right now (the kernel picks it). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Every child started here, killed together by `killAll` on any way out of the process. */
const children = new Set();

function killAll(signal = 'SIGTERM') {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  }
  children.clear();
}

let handlersInstalled = false;
function installExitHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.once('exit', () => killAll());
  // Ctrl+C reaches the whole foreground process group; SIGTERM and SIGHUP reach only this
  // process, whose default action would leave the children running.
  for (const signal of ['SIGTERM', 'SIGHUP']) {
    process.once(signal, () => {
      killAll();
      process.exit(128 + (signal === 'SIGTERM' ? 15 : 1));
    });
  }
}

function track(child, name) {
  children.add(child);
  child.once('exit', () => children.delete(child));
  child.once('error', (error) => {
    children.delete(child);
    console.error(`[webkit] ${name} could not start: ${error.message}`);
  });
  return child;
}

/** Starts Xvfb with `-displayfd`, which picks a free display number and writes it once ready. */
function startXvfb(xvfbPath) {
  const xvfb = track(
    spawn(xvfbPath, ['-displayfd', '3', '-screen', '0', SCREEN, '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] }),
    'Xvfb',
  );
  let stderr = '';
  xvfb.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`Xvfb gave no display within ${START_TIMEOUT_MS} ms. ${stderr.trim()}`)),
      START_TIMEOUT_MS,
    );
    xvfb.stdio[3].on('data', (chunk) => {
      output += chunk;
      if (output.includes('\n')) {
        clearTimeout(timer);
        resolve({ process: xvfb, display: `:${output.trim()}` });
      }
    });
    xvfb.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Xvfb exited (${code}) before giving a display. ${stderr.trim()}`));
    });
  });
}

/**
 * Starts Xvfb and WebKitWebDriver. Resolves to `{ url, display, stop() }`; `stop()` ends both
 * and waits for them to exit.
 */
export async function startWebKitDriver({ driverPath, xvfbPath }) {
  installExitHandlers();
  const xvfb = await startXvfb(xvfbPath);
  const port = await freePort();
  const driver = track(
    spawn(driverPath, [`--port=${port}`], {
      env: { ...process.env, DISPLAY: xvfb.display, WAYLAND_DISPLAY: '' },
      stdio: ['ignore', 'ignore', 'pipe'],
    }),
    'WebKitWebDriver',
  );
  let driverLog = '';
  driver.stderr.on('data', (chunk) => (driverLog = (driverLog + chunk).slice(-2000)));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    const exited = [driver, xvfb.process].map((child) =>
      child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', resolve)),
    );
    // The driver first, so that it ends its browser while the display is still there.
    if (driver.exitCode === null) driver.kill('SIGTERM');
    await exited[0];
    if (xvfb.process.exitCode === null) xvfb.process.kill('SIGTERM');
    await exited[1];
  };
  try {
    await waitForDriver(url, START_TIMEOUT_MS, () => driver.exitCode === null);
  } catch (error) {
    await stop();
    throw new Error(`${error.message} ${driverLog.trim()}`, { cause: error });
  }
  return { url, display: xvfb.display, stop, log: () => driverLog };
}
