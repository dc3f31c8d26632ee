// A @web/test-runner browser launcher for WebKitGTK: starts Xvfb and WebKitWebDriver itself,
// opens one WebDriver session of MiniBrowser, and runs each test file in a fresh tab of it.
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
    // One tab at a time: a background tab gets no animation frames, and WebDriver sends input
    // to one browsing context only.
    this.concurrency = 1;
    /** @type {Map<string, { url: string, handle: string, page: WebDriverPage }>} */
    this.tabs = new Map();
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
    await this.resetViewport();
    return session;
  }

  async resetViewport() {
    await new WebDriverPage(this.session).setViewportSize(this.options.viewport ?? DEFAULT_VIEWPORT);
    this.viewportChanged = false;
  }

  startSession(id, url) {
    return this.serialize(async () => {
      const session = await this.ensureSession();
      if (this.viewportChanged) await this.resetViewport();
      const handle = await session.newWindow('tab');
      await session.switchToWindow(handle);
      const page = new WebDriverPage(session);
      const setViewportSize = page.setViewportSize.bind(page);
      page.setViewportSize = (size) => {
        this.viewportChanged = true;
        return setViewportSize(size);
      };
      this.tabs.set(id, { url, handle, page });
      await session.navigate(url);
    });
  }

  isActive(id) {
    return this.tabs.has(id);
  }

  async getBrowserUrl(id) {
    const tab = this.tabs.get(id);
    if (!tab) return undefined;
    try {
      return await this.session.currentUrl();
    } catch {
      return tab.url;
    }
  }

  getPage(id) {
    const tab = this.tabs.get(id);
    if (!tab) throw new Error(`No WebKit tab for test session ${id}.`);
    return tab.page;
  }

  stopSession(id) {
    return this.serialize(async () => {
      const tab = this.tabs.get(id);
      this.tabs.delete(id);
      if (!tab || !this.session) return {};
      const session = this.session;
      try {
        const testCoverage = this.config?.coverage ? await session.execute('return window.__coverage__ ?? null') : undefined;
        await session.releaseActions();
        // Closing the tab stops whatever the test left running.
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
