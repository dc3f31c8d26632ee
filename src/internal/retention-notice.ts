import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { readCount } from '../data/validate.js';
import { formatCount, formatMonth, pluralCategory } from '../format/formatters.js';
import { intlLocale } from '../localization.js';
import { mailtoHref } from './contact.js';

export interface RetentionNoticeOptions {
  /** First downloadable billing month, `YYYY-MM`; no sentence when it is not a real month. */
  availableFrom: string;
  /** Months after the billing month documents stay; no sentence when 0 or less (or absurd). NaN reads as 12. */
  retentionMonths: number;
  /** Billing contacts to name: a plain e-mail address becomes a `mailto:` link, anything else stays text. */
  contacts: readonly string[];
}

/**
 * The retention and billing-contact notice, the same in the section and in the download
 * dialog: from which month invoices can be downloaded, when documents are removed, and whom to
 * ask. Parts: `notice` (the note), `contact-link` (each mailto: link).
 */
export function retentionNotice({ availableFrom, retentionMonths, contacts }: RetentionNoticeOptions): TemplateResult {
  const locale = intlLocale();
  const from = formatMonth(availableFrom, locale);
  const months = Number.isFinite(retentionMonths) ? Math.floor(retentionMonths) : 12;
  // An absurd period (1e308 months) is a configuration fault: say nothing rather than a 309-digit number.
  const stated = months > 0 && readCount(months) !== undefined;
  const n = formatCount(months, locale);
  return html`<div part="notice" role="note" aria-label=${msg('About invoice documents', { id: 'notice.label' })}>
    ${from ? html`<p>${msg(str`Invoices from ${from} onwards can be downloaded.`, { id: 'notice.from' })}</p>` : nothing}
    ${
      stated
        ? html`<p>
            ${
              pluralCategory(months, locale) === 'one'
                ? msg(
                    str`Documents are removed from the portal ${n} month after their billing month, so download the files you need and keep them locally.`,
                    { id: 'notice.retention.one' },
                  )
                : msg(
                    str`Documents are removed from the portal ${n} months after their billing month, so download the files you need and keep them locally.`,
                    { id: 'notice.retention.other' },
                  )
            }
          </p>`
        : nothing
    }
    ${
      contacts.length
        ? html`<p>
            ${msg('For other questions about invoices, contact billing:', { id: 'notice.contact' })}
            ${contacts.map((contact, i) => {
              const href = mailtoHref(contact);
              return html`${i > 0 ? ', ' : ' '}${
                href ? html`<a part="contact-link" href=${href}>${contact.trim()}</a>` : html`<span>${contact}</span>`
              }`;
            })}
          </p>`
        : nothing
    }
  </div>`;
}
