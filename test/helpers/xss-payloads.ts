import type { Invoice, InvoiceDocument, InvoiceStatus } from '../../src/data/types.js';

/**
 * Cross-site scripting corpus, after the OWASP XSS filter-evasion cheat sheet. Every payload
 * that runs calls `__xss++` (or `alert`, which the trap counts), so "nothing executed" is a
 * number that stays 0. Each is plain text to the elements: it must show literally.
 */
export interface XssPayload {
  family: 'tag-handler' | 'url' | 'attribute-break' | 'svg-mathml' | 'encoded' | 'template' | 'other';
  text: string;
}

const p = (family: XssPayload['family'], text: string): XssPayload => ({ family, text });

export const XSS_PAYLOADS: readonly XssPayload[] = [
  // Tags with event handlers.
  p('tag-handler', '<script>__xss++</script>'),
  p('tag-handler', '<img src=x onerror=__xss++>'),
  p('tag-handler', '<img src="x" onerror="__xss++">'),
  p('tag-handler', '<svg onload=__xss++>'),
  p('tag-handler', '<body onload=__xss++>'),
  p('tag-handler', '<details open ontoggle=__xss++>'),
  p('tag-handler', '<input autofocus onfocus=__xss++>'),
  p('tag-handler', '<video><source onerror=__xss++></video>'),
  p('tag-handler', '<iframe srcdoc="<script>parent.__xss++</script>"></iframe>'),
  p('tag-handler', '<object data="javascript:__xss++"></object>'),
  p('tag-handler', '<ScRiPt >__xss++</ScRiPt >'),
  // javascript: and data: URLs.
  p('url', 'javascript:__xss++'),
  p('url', ' JaVaScRiPt:__xss++'),
  p('url', 'java\tscript:__xss++'),
  p('url', 'data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX194c3MrKzwvc2NyaXB0Pg=='),
  p('url', '<a href="javascript:__xss++">click</a>'),
  p('url', '<iframe src="javascript:parent.__xss++"></iframe>'),
  p('url', 'vbscript:msgbox(1)'),
  // Breaking out of attributes, elements and comments.
  p('attribute-break', '"><img src=x onerror=__xss++>'),
  p('attribute-break', "' onmouseover='__xss++' x='"),
  p('attribute-break', '" autofocus onfocus="__xss++" x="'),
  p('attribute-break', '</span></td></tr></table><script>__xss++</script>'),
  p('attribute-break', '</textarea></title></style><img src=x onerror=__xss++>'),
  p('attribute-break', '--><img src=x onerror=__xss++><!--'),
  // SVG and MathML, including mutation-XSS shapes.
  p('svg-mathml', '<svg><script>__xss++</script></svg>'),
  p('svg-mathml', '<svg><animate onbegin=__xss++ attributeName=x dur=1s>'),
  p('svg-mathml', '<svg><a xlink:href="javascript:__xss++"><text x="20" y="20">X</text></a></svg>'),
  p('svg-mathml', '<math><mtext><table><mglyph><style><img src=x onerror=__xss++>'),
  p('svg-mathml', '<noscript><p title="</noscript><img src=x onerror=__xss++>">'),
  // Encoded forms.
  p('encoded', '&lt;img src=x onerror=__xss++&gt;'),
  p('encoded', '&#60;script&#62;__xss++&#60;/script&#62;'),
  p('encoded', '%3Cscript%3E__xss%2B%2B%3C%2Fscript%3E'),
  p('encoded', '\\u003cimg src=x onerror=__xss++\\u003e'),
  p('encoded', '<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;__xss++>'),
  p('encoded', '\uff1cscript\uff1e__xss++\uff1c/script\uff1e'),
  p('encoded', '<img src=x onerror="&#95;&#95;xss++">'),
  // Template literals and Lit binding markers.
  p('template', '${__xss++}'),
  p('template', '${alert(1)}'),
  p('template', "{{constructor.constructor('alert(1)')()}}"),
  p('template', '<!--?lit$1234$-->'),
  p('template', 'lit$1234$<?lit$1234$>'),
  p('template', '#{__xss++}<%= __xss++ %>'),
  // Other sinks: base, meta refresh, forms, control characters, direction overrides.
  p('other', '<base href="javascript:__xss++//">'),
  p('other', '<meta http-equiv="refresh" content="0;url=javascript:__xss++">'),
  p('other', '<form><button formaction=javascript:__xss++>X</button></form>'),
  p('other', '<scr\u0000ipt>__xss++</scr\u0000ipt>'),
  p('other', '\u202e<img src=x onerror=__xss++>\u200b'),
];

declare global {
  interface Window {
    __xss: number;
  }
}

export interface XssTrap {
  /** How many payloads ran (the counter plus alert/confirm/prompt calls). */
  readonly count: number;
  /** CSP violations reported while the trap was set. */
  readonly violations: SecurityPolicyViolationEvent[];
  restore(): void;
}

/** Sets the counter the payloads bump, counts dialogs they would open, and listens for CSP violations. */
export function setXssTrap(): XssTrap {
  window.__xss = 0;
  const saved = { alert: window.alert, confirm: window.confirm, prompt: window.prompt };
  window.alert = () => void window.__xss++;
  window.confirm = () => (window.__xss++, false);
  window.prompt = () => (window.__xss++, null);
  const violations: SecurityPolicyViolationEvent[] = [];
  const onViolation = (event: SecurityPolicyViolationEvent) => violations.push(event);
  document.addEventListener('securitypolicyviolation', onViolation, true);
  return {
    get count() {
      return window.__xss;
    },
    violations,
    restore() {
      Object.assign(window, saved);
      document.removeEventListener('securitypolicyviolation', onViolation, true);
    },
  };
}

const STATUSES: InvoiceStatus[] = ['open', 'disputed', 'closed', 'na'];

/** Documents of a hostile invoice: the payload in every text field, hostile URLs on some. */
export function hostileDocuments(payload: string, index: number): InvoiceDocument[] {
  return [
    {
      id: `xd-${index}-a ${payload}`,
      kind: 'invoice',
      name: payload,
      fileName: `${payload}.pdf`,
      mimeType: 'application/pdf',
      size: 1024,
      invoiceNumber: payload,
    },
    {
      id: `xd-${index}-b ${payload}`,
      kind: 'cdr',
      name: payload,
      fileName: payload,
      mimeType: payload,
      availableUntil: payload,
      url: 'javascript:__xss++',
    },
    {
      id: `xd-${index}-c ${payload}`,
      kind: 'report',
      name: `${payload} report`,
      fileName: `${payload}.csv`,
      mimeType: 'text/csv',
      url: `data:text/html,${payload}`,
    },
  ];
}

/**
 * An invoice with `payload` in every free-text field (id, number, names, OCN, BCN, entity,
 * documents). Month, amount, currency and status stay valid so the text itself is shown.
 */
export function hostileInvoice(payload: string, index: number): Invoice {
  return {
    id: `xss-${index} ${payload}`,
    invoiceNumber: payload,
    billingMonth: `2020-${String((index % 12) + 1).padStart(2, '0')}`,
    amount: 1000 + index,
    currency: 'JPY',
    customerName: payload,
    ocn: payload,
    bcn: payload,
    billingEntityName: payload,
    status: STATUSES[index % STATUSES.length] as InvoiceStatus,
    legalEntity: payload,
    dueDate: payload,
    issuedAt: payload,
    documents: hostileDocuments(payload, index),
  };
}

/** One hostile invoice per payload. */
export function hostileInvoices(payloads: readonly XssPayload[] = XSS_PAYLOADS): Invoice[] {
  return payloads.map((payload, i) => hostileInvoice(payload.text, i));
}

/** An invoice with a payload where a month, currency and status are expected: placeholders, not markup. */
export function hostileShapeInvoice(payload: string, index: number): Invoice {
  return {
    ...hostileInvoice(payload, index),
    billingMonth: payload,
    currency: payload,
    status: payload as InvoiceStatus,
    amount: payload as unknown as number,
  };
}
