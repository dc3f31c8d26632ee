// The tests drive the system's browsers (see scripts/browsers.mjs); Puppeteer must not
// download its own Chrome or Firefox when `npm install` runs.
module.exports = { skipDownload: true };
