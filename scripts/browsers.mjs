// Finds the browsers the test suite can drive on this machine.
import { existsSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const home = os.homedir();

const CHROME_CANDIDATES = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  path.join(home, 'Applications/Google Chrome.app/Contents/MacOS/Google Chrome'),
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  process.env.LOCALAPPDATA && path.join(process.env.LOCALAPPDATA, 'Google\\Chrome\\Application\\chrome.exe'),
];

const FIREFOX_CANDIDATES = [
  process.env.FIREFOX_PATH,
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
  'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
];

const first = (list) => list.find((candidate) => candidate && existsSync(candidate));

/** MiniBrowser, the WebKitGTK browser WebKitWebDriver drives, under /usr/lib/<arch>/ or /usr/libexec/. */
function miniBrowserCandidates() {
  const dirs = [];
  for (const root of ['/usr/lib', '/usr/lib64']) {
    if (!existsSync(root)) continue;
    for (const entry of readdirSync(root)) dirs.push(path.join(root, entry));
    dirs.push(root);
  }
  dirs.push('/usr/libexec');
  return [
    process.env.WEBKIT_BROWSER_PATH,
    ...['webkit2gtk-4.1', 'webkit2gtk-4.0', 'webkitgtk-6.0'].flatMap((api) => dirs.map((dir) => path.join(dir, api, 'MiniBrowser'))),
  ];
}

export function findChrome() {
  return first(CHROME_CANDIDATES);
}

export function findFirefox() {
  return first(FIREFOX_CANDIDATES);
}

/** The Debian packages that bring WebKitGTK's WebDriver (with MiniBrowser) and the X server it needs. */
export const WEBKIT_PACKAGES = ['webkit2gtk-driver', 'xvfb'];

/**
 * WebKitGTK, Safari's engine on Linux: `{ driverPath, browserPath, xvfbPath }`, or
 * `{ missing: [...] }` naming what is not there.
 */
export function findWebKit() {
  const found = {
    driverPath: first([process.env.WEBKIT_DRIVER_PATH, '/usr/bin/WebKitWebDriver', '/usr/local/bin/WebKitWebDriver']),
    browserPath: first(miniBrowserCandidates()),
    xvfbPath: first([process.env.XVFB_PATH, '/usr/bin/Xvfb', '/usr/local/bin/Xvfb']),
  };
  const names = { driverPath: 'WebKitWebDriver', browserPath: 'MiniBrowser', xvfbPath: 'Xvfb' };
  const missing = Object.keys(names)
    .filter((key) => !found[key])
    .map((key) => names[key]);
  return missing.length ? { missing } : found;
}

export const CHROME_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-quic',
  // The leak tests force garbage collection (window.gc) and read exact heap sizes.
  '--js-flags=--expose-gc',
  '--enable-precise-memory-info',
];

export const INSTALL_HINT =
  'No Chromium or Chrome found. Install one (Debian/Ubuntu: sudo apt-get install -y chromium firefox-esr; macOS: install Google Chrome) or set CHROME_PATH to its executable.';
