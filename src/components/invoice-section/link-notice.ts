import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { UnreadPart } from '../../data/query.js';
import { intlLocale } from '../../localization.js';
import { filterFieldLabel } from '../advanced-filter/filter-labels.js';

/** What the section tells about the link it was opened with. */
export interface LinkNoticeState {
  /** Parts of the link that could not be read in full. */
  unread: readonly UnreadPart[];
  /** The link asked for a page after the last one; the last page is shown. */
  pastEnd: boolean;
}

/** The localised name of a part of a link ("Minimum amount", "Sort order", …). */
export function unreadPartLabel(part: Exclude<UnreadPart, 'filter-version'>): string {
  switch (part) {
    case 'search':
      return msg('Search', { id: 'section.link.part.search' });
    case 'tab':
      return msg('Status tab', { id: 'section.link.part.tab' });
    case 'sort':
      return msg('Sort order', { id: 'section.link.part.sort' });
    case 'offset':
      return msg('Page', { id: 'section.link.part.page' });
    case 'limit':
      return msg('Rows per page', { id: 'section.link.part.limit' });
    case 'filter':
      return msg('Other filter conditions', { id: 'section.link.part.filter' });
    default:
      return filterFieldLabel(part);
  }
}

function list(items: string[]): string {
  try {
    return new Intl.ListFormat(intlLocale(), { style: 'long', type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

/** The order parts are named in: as the page shows them. */
const ORDER: ReadonlyArray<Exclude<UnreadPart, 'filter-version'>> = [
  'search',
  'tab',
  'monthFrom',
  'monthTo',
  'amountMin',
  'amountMax',
  'currency',
  'statuses',
  'kinds',
  'invoiceNumber',
  'customerName',
  'ocn',
  'bcn',
  'billingEntityName',
  'filter',
  'sort',
  'offset',
  'limit',
];

/** The notice's sentences, in order (none when there is nothing to say). */
export function linkNoticeSentences(state: LinkNoticeState): string[] {
  const parts = ORDER.filter((part) => state.unread.includes(part));
  const sentences: string[] = [];
  if (state.unread.includes('filter-version')) {
    sentences.push(
      msg('This link comes from a newer version of this page: filter settings this version does not know were left out.', {
        id: 'section.link.newer',
      }),
    );
  }
  if (parts.length) {
    const names = list(parts.map(unreadPartLabel));
    sentences.push(msg(str`This link could not be read in full. Left out: ${names}.`, { id: 'section.link.unread' }));
  }
  if (state.pastEnd) {
    sentences.push(msg('The link asked for a page after the last one, so the last page is shown.', { id: 'section.link.past-end' }));
  }
  return sentences;
}

/**
 * The notice shown when the section's link could not be read in full, instead of a silent
 * change: which settings were left out, that a newer version made the link, or that the page
 * it asked for is past the end. `nothing` when there is nothing to say.
 */
export function linkNotice(state: LinkNoticeState, onDismiss: () => void): TemplateResult | typeof nothing {
  const sentences = linkNoticeSentences(state);
  if (!sentences.length) return nothing;
  return html`<div part="link-notice" role="note" aria-labelledby="link-notice-text">
    <div part="link-notice-text" id="link-notice-text">${sentences.map((sentence) => html`<p>${sentence}</p>`)}</div>
    <button type="button" class="button" part="link-notice-dismiss" @click=${onDismiss}>
      ${msg('Dismiss', { id: 'section.link.dismiss' })}
    </button>
  </div>`;
}
