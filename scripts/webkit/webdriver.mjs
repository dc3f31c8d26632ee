// A minimal W3C WebDriver client: the dozen commands the WebKit launcher needs, over fetch.

/** An error answered by the driver, with its W3C error code (`invalid session id`, …). */
export class WebDriverError extends Error {
  constructor(command, code, message) {
    super(`WebDriver ${command}: ${code}: ${message}`);
    this.code = code;
  }
}

async function request(baseUrl, method, path, body) {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: body === undefined ? undefined : { 'content-type': 'application/json; charset=utf-8' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let value;
  try {
    ({ value } = JSON.parse(text));
  } catch {
    throw new WebDriverError(`${method} ${path}`, `HTTP ${response.status}`, text.slice(0, 200));
  }
  if (!response.ok) throw new WebDriverError(`${method} ${path}`, value?.error ?? response.status, value?.message ?? text.slice(0, 200));
  return value;
}

/** Resolves once the driver at `baseUrl` answers `/status` as ready, or rejects after `timeoutMs`. */
export async function waitForDriver(baseUrl, timeoutMs, isAlive = () => true) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && isAlive()) {
    try {
      if ((await request(baseUrl, 'GET', '/status'))?.ready) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`The WebDriver server at ${baseUrl} did not become ready within ${timeoutMs} ms.`);
}

export class WebDriverSession {
  /** Opens a session with the given capabilities (`alwaysMatch`). */
  static async create(baseUrl, capabilities) {
    const { sessionId, capabilities: granted } = await request(baseUrl, 'POST', '/session', {
      capabilities: { alwaysMatch: capabilities },
    });
    return new WebDriverSession(baseUrl, sessionId, granted);
  }

  constructor(baseUrl, id, capabilities) {
    this.baseUrl = baseUrl;
    this.id = id;
    this.capabilities = capabilities;
  }

  command(method, path, body) {
    return request(this.baseUrl, method, `/session/${this.id}${path}`, body);
  }

  navigate(url) {
    return this.command('POST', '/url', { url });
  }

  currentUrl() {
    return this.command('GET', '/url');
  }

  /** Runs `script` (a function body) in the page and returns its JSON-serialisable result. */
  execute(script, args = []) {
    return this.command('POST', '/execute/sync', { script, args });
  }

  windowHandle() {
    return this.command('GET', '/window');
  }

  /** Opens a new top-level browsing context and returns its handle. */
  async newWindow(type = 'tab') {
    return (await this.command('POST', '/window/new', { type })).handle;
  }

  switchToWindow(handle) {
    return this.command('POST', '/window', { handle });
  }

  /** Closes the current window (never the last one: that would end the session). */
  closeWindow() {
    return this.command('DELETE', '/window');
  }

  windowRect() {
    return this.command('GET', '/window/rect');
  }

  setWindowRect(rect) {
    return this.command('POST', '/window/rect', rect);
  }

  /** Dispatches W3C input source actions; the input state (held keys, pointer) persists between calls. */
  performActions(actions) {
    return this.command('POST', '/actions', { actions });
  }

  /** Releases every key and button still held. */
  releaseActions() {
    return this.command('DELETE', '/actions');
  }

  delete() {
    return request(this.baseUrl, 'DELETE', `/session/${this.id}`);
  }
}
