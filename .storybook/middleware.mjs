// While Storybook runs (`npm start`), the reference backend answers under /reference-api: PGlite
// in this process, seeded with the sample invoices, in demo mode (it signs its own tokens). The
// story "Backend / Reference server" feeds the section from it through RestInvoiceAdapter. It
// starts on the first request, so Storybook itself starts as fast as before.
const PREFIX = '/reference-api';
let started;

export default function referenceServer(app) {
  app.use(async (req, res, next) => {
    if (req.url !== PREFIX && !req.url?.startsWith(`${PREFIX}/`)) return next();
    try {
      started ??= import('../server/start.mjs').then(({ startReferenceServer }) =>
        // An empty environment: always PGlite and demo tokens, whatever DATABASE_URL or JWT_* say.
        startReferenceServer({ env: {}, prefix: PREFIX, count: 2005, log: () => {} }),
      );
      const server = await started;
      if (!(await server.handle(req, res))) next();
    } catch (error) {
      started = undefined;
      console.error('[reference-api]', error);
      res.writeHead(503, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify({ error: { code: 'unavailable', message: 'The reference server could not start.' } }));
    }
  });
}
