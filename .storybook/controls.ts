import type { ArgTypesEnhancer, SBType, StrictArgTypes, StrictInputType } from 'storybook/internal/types';
import { INVOICE_STATUSES } from '../src/data/types.js';

/** The parts of custom-elements.json that Controls and Actions read. */
export interface Manifest {
  modules?: Array<{ declarations?: Declaration[] }>;
}

export interface Declaration {
  tagName?: string;
  members?: Member[];
  events?: Array<{ name: string }>;
}

export interface Member {
  kind?: string;
  name: string;
  type?: { text?: string };
  description?: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
}

/** Every `invoice-*` event any element declares (`@fires`), sorted: what the Actions panel logs. */
export function invoiceEvents(manifest: Manifest | undefined): string[] {
  const names = (manifest?.modules ?? []).flatMap((module) =>
    (module.declarations ?? []).flatMap((declaration) => (declaration.events ?? []).map((event) => event.name)),
  );
  return [...new Set(names.filter((name) => name.startsWith('invoice-')))].sort();
}

/**
 * Type aliases the manifest names but does not spell out: string unions offered as a select.
 * An alias missing here gets no control (never a JSON editor for a string).
 */
const STRING_UNIONS: Record<string, readonly string[]> = {
  InvoiceStatus: INVOICE_STATUSES,
  GridDensity: ['comfortable', 'compact'],
};

/**
 * Data types that survive a round trip through JSON, so the object editor can change them.
 * Anything else (an adapter, a store, a callback, column renderers) gets no control: a JSON
 * copy of it would throw when the element uses it.
 */
const JSON_TYPES = new Set([
  'InvoiceQuery',
  'InvoiceFilter',
  'Record<string, string>',
  'string[]',
  'readonly string[]',
  'SortKey[]',
  'Invoice',
  'Invoice[]',
]);

/** The Storybook type and control for a TypeScript type as the manifest writes it. */
export function controlFor(typeText: string | undefined): Pick<StrictInputType, 'type' | 'control' | 'options'> {
  const members = (typeText ?? '')
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part && part !== 'undefined' && part !== 'null');
  const literals = members.every((part) => /^'[^']*'$/.test(part)) ? members.map((part) => part.slice(1, -1)) : undefined;
  const union = members.length === 1 ? STRING_UNIONS[members[0] as string] : undefined;
  const options = literals?.length ? literals : union ? [...union] : undefined;
  if (options) {
    const type: SBType = { name: 'enum', value: options };
    return { type, options, control: { type: options.length <= 3 ? 'inline-radio' : 'select' } };
  }
  if (members.length !== 1) return { control: false };
  const [only] = members as [string];
  if (only === 'boolean' || only === 'number' || only === 'string') {
    return { type: { name: only }, control: { type: only === 'string' ? 'text' : only } };
  }
  if (only === 'Date') return { type: { name: 'other', value: 'Date' }, control: { type: 'date' } };
  if (JSON_TYPES.has(only)) return { type: { name: 'object', value: {} }, control: { type: 'object' } };
  return { control: false };
}

/**
 * Controls that match the manifest's types: `storageKey: string | undefined` is a text box,
 * `'comfortable' | 'compact'` a radio, a `Date` a date picker; read-only properties, events,
 * slots, CSS properties and parts (which a story does not bind) and attributes (their
 * property has the control) get none. A control a story declares itself is kept.
 * Storybook lists an attribute named like its property in place of the property: that row
 * is treated as the property.
 */
export function manifestControls(manifest: Manifest | undefined): ArgTypesEnhancer {
  const declarations = new Map<string, Declaration>();
  for (const module of manifest?.modules ?? []) {
    for (const declaration of module.declarations ?? []) if (declaration.tagName) declarations.set(declaration.tagName, declaration);
  }
  return (context) => {
    const tag = typeof context.component === 'string' ? context.component : undefined;
    const declaration = tag ? declarations.get(tag) : undefined;
    const argTypes: StrictArgTypes = { ...context.argTypes };
    for (const [key, argType] of Object.entries(argTypes)) {
      if (argType.control !== undefined) continue;
      const category = argType.table?.category;
      if (!category) continue;
      const member = declaration?.members?.find((m) => m.name === key && m.kind === 'field');
      // An attribute named like its property (`virtual`, `density`) replaces the property's
      // row in Storybook's list: it is the property, and gets the property's control.
      const property = category === 'properties' || (category === 'attributes' && member);
      if (!property) {
        argTypes[key] = { ...argType, control: false };
        continue;
      }
      const table = { ...argType.table, category: 'properties' };
      argTypes[key] = { ...argType, table, ...(member?.readonly ? { control: false } : controlFor(member?.type?.text)) };
    }
    return argTypes;
  };
}
