// The Node HTTP server around a handler: a request line or headers too large to read (a 1 MB
// search) gets a 400 that says so, in the API's error format, instead of a bare socket reset.
import http from 'node:http';

const TOO_LARGE = JSON.stringify({
  error: { code: 'bad-request', message: 'The request is too large: its address and headers must stay under 16 KB. Shorten the search.' },
});

/**
 * @param {(req: http.IncomingMessage, res: http.ServerResponse) => Promise<boolean>} handler
 *   answers the requests it knows (true); the rest get a 404
 * @param {{ allowOrigin?: string }} [options] CORS origin allowed to call the API (bearer tokens only, no cookies)
 */
export function createHttpServer(handler, { allowOrigin } = {}) {
  const server = http.createServer(async (req, res) => {
    if (allowOrigin) {
      res.setHeader('access-control-allow-origin', allowOrigin);
      res.setHeader('vary', 'origin');
      if (req.method === 'OPTIONS') {
        res.writeHead(204, {
          'access-control-allow-methods': 'GET, HEAD, POST',
          'access-control-allow-headers': 'authorization, accept, content-type',
          'access-control-max-age': '600',
        });
        return res.end();
      }
    }
    if (!(await handler(req, res))) {
      res.writeHead(404, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify({ error: { code: 'not-found', message: 'No such route.' } }));
    }
  });
  server.on('clientError', (error, socket) => {
    if (!socket.writable) return socket.destroy();
    const body =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? TOO_LARGE
        : JSON.stringify({ error: { code: 'bad-request', message: 'The request could not be read.' } });
    socket.end(
      `HTTP/1.1 400 Bad Request\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    );
  });
  return server;
}
