// A @web/test-runner browser launcher for WebKitGTK: starts Xvfb and WebKitWebDriver itself,
// opens one WebDriver session of MiniBrowser, and runs each test file in a fresh window of it.
import { startWebKitDriver } from './driver-process.mjs';
import { WebDriverPage } from './page.mjs';
import { WebDriverSession } from './webdriver.mjs';

const DEFAULT_VIEWPORT = { width: 1280, height: 720 };

export class WebKitLauncher {
  /**
   * @param {{ driverPath: string, browserPath: string, xvfbPath: string, viewport?: { width: number, height: number } }} options
   */
  constructor(options) {
    this.options = options;
    this.name = 'WebKit';
    // @web/test-runner-commands chooses how to send keys, mouse and viewport changes by launcher
    // type, and its WebDriver branch cannot hold a key down (`sendKeys({ down: 'Shift' })`).
    // As 'playwright' it calls `getPage(id).keyboard.down(…)`; WebDriverPage answers those calls
    // with W3C actions.
    this.type = 'playwright';
    // One test file at a time: WebDriver sends input to one browsing context only.
    this.concurrency = 1;
    /** Each test session's window. @type {Map<string, { url: string, handle: string, page: WebDriverPage }>} */
    this.windows = new Map();
    this.queue = Promise.resolve();
  }

  initialize(config) {
    this.config = config;
  }

  /** Runs `task` after every earlier start or stop has settled. */
  serialize(task) {
    const run = this.queue.then(task);
    this.queue = run.catch(() => {});
    return run;
  }

  async ensureSession() {
    if (this.session) return this.session;
    this.driver ??= await startWebKitDriver(this.options);
    const session = await WebDriverSession.create(this.driver.url, {
      browserName: 'MiniBrowser',
      pageLoadStrategy: 'eager',
      'webkitgtk:browserOptions': { binary: this.options.browserPath, args: ['--automation'] },
    });
    this.name = `WebKit ${session.capabilities.browserVersion ?? ''}`.trim();
    this.home = await session.windowHandle();
    this.session = session;
    return session;
  }

  startSession(id, url) {
    return this.serialize(async () => {
      const session = await this.ensureSession();
      // A window, not a tab: MiniBrowser keeps a new tab hidden (visibilityState 'hidden', no
      // animation frames) even when WebDriver switches to it.
      const handle = await session.newWindow('window');
      await session.switchToWindow(handle);
      const page = new WebDriverPage(session);
      await page.setViewportSize(this.options.viewport ?? DEFAULT_VIEWPORT);
      this.windows.set(id, { url, handle, page });
      await session.navigate(url);
    });
  }

  isActive(id) {
    return this.windows.has(id);
  }

  async getBrowserUrl(id) {
    const win = this.windows.get(id);
    if (!win) return undefined;
    try {
      return await this.session.currentUrl();
    } catch {
      return win.url;
    }
  }

  getPage(id) {
    const win = this.windows.get(id);
    if (!win) throw new Error(`No WebKit window for test session ${id}.`);
    return win.page;
  }

  stopSession(id) {
    return this.serialize(async () => {
      const win = this.windows.get(id);
      this.windows.delete(id);
      if (!win || !this.session) return {};
      const session = this.session;
      try {
        const testCoverage = this.config?.coverage ? await session.execute('return window.__coverage__ ?? null') : undefined;
        await session.releaseActions();
        // Closing the window stops whatever the test left running.
        await session.closeWindow();
        await session.switchToWindow(this.home);
        return { testCoverage: testCoverage ?? undefined };
      } catch (error) {
        // The browser is gone (crashed or closed): start a new one for the next file.
        this.session = undefined;
        await session.delete().catch(() => {});
        return { errors: [{ message: `WebKit: ${error.message}` }] };
      }
    });
  }

  startDebugSession() {
    throw new Error('Manual debugging in WebKit is not supported: run MiniBrowser yourself and open the test page.');
  }

  async stop() {
    await this.queue;
    await this.session?.delete().catch(() => {});
    this.session = undefined;
    await this.driver?.stop();
    this.driver = undefined;
  }
}

export function webkitLauncher(options) {
  return new WebKitLauncher(options);
}
