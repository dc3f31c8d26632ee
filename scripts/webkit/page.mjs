// The slice of Playwright's Page API that @web/test-runner-commands calls (keyboard, mouse,
// viewport), implemented with W3C WebDriver actions. The WebKit launcher hands it out through
// `getPage()`, so `sendKeys` (type, press, down, up), `sendMouse`, `resetMouse` and
// `setViewport` work in WebKit exactly as in Chromium.
import { keyDown, keyUp, pressActions, typeActions } from './keys.mjs';

const BUTTONS = { left: 0, middle: 1, right: 2 };

export class WebDriverPage {
  /** @param {import('./webdriver.mjs').WebDriverSession} session */
  constructor(session) {
    const keys = (actions) => session.performActions([{ type: 'key', id: 'keyboard', actions }]);
    const pointer = (actions) => session.performActions([{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions }]);
    const move = (x, y) => ({ type: 'pointerMove', origin: 'viewport', duration: 0, x: Math.round(x), y: Math.round(y) });
    const button = (options) => BUTTONS[options?.button ?? 'left'];

    this.keyboard = {
      press: (chord) => keys(pressActions(chord)),
      type: (text) => keys(typeActions(text)),
      down: (key) => keys([keyDown(key)]),
      up: (key) => keys([keyUp(key)]),
    };
    this.mouse = {
      move: (x, y) => pointer([move(x, y)]),
      down: (options) => pointer([{ type: 'pointerDown', button: button(options) }]),
      up: (options) => pointer([{ type: 'pointerUp', button: button(options) }]),
      click: (x, y, options) =>
        pointer([move(x, y), { type: 'pointerDown', button: button(options) }, { type: 'pointerUp', button: button(options) }]),
    };
    this.session = session;
  }

  /** Resizes the window so that the page's viewport gets the requested size. */
  async setViewportSize({ width, height }) {
    const [inner, rect] = await Promise.all([this.session.execute('return [innerWidth, innerHeight]'), this.session.windowRect()]);
    await this.session.setWindowRect({ width: width + rect.width - inner[0], height: height + rect.height - inner[1] });
  }

  emulateMedia() {
    throw new Error('emulateMedia is not available in WebKitGTK over WebDriver.');
  }

  selectOption() {
    throw new Error('selectOption is not available in WebKitGTK over WebDriver.');
  }

  get accessibility() {
    throw new Error('a11ySnapshot is not available in WebKitGTK over WebDriver.');
  }
}
