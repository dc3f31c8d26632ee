// Page setup of the strict-CSP group, served as a file because its page allows no inline script.
window.process = { env: { NODE_ENV: 'production' } };
// The browser reports benign ResizeObserver loop notices as errors; they are not failures.
window.addEventListener('error', (event) => {
  if (String(event.message).includes('ResizeObserver loop')) event.stopImmediatePropagation();
});
// Every violation of the page's policy, counted from the first moment (tests assert none).
window.__cspViolations = [];
document.addEventListener(
  'securitypolicyviolation',
  (event) => {
    window.__cspViolations.push({
      directive: event.effectiveDirective || event.violatedDirective,
      blockedURI: event.blockedURI,
      sample: event.sample,
      source: event.sourceFile + ':' + event.lineNumber,
    });
  },
  true,
);
