#!/usr/bin/env node
// Validates openapi.yaml: the structural rules of OpenAPI 3.1 that matter for this API, every
// route of the reference server (examples/server/api.mjs) and every query parameter that
// queryToParams writes (src/data/query.ts) present in the spec and nothing more, then the
// reference server's real answers checked against the spec's schemas.
// Usage: node scripts/validate-openapi.mjs [openapi.yaml]
import http from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const specPath = path.resolve(root, process.argv[2] ?? 'openapi.yaml');
const problems = [];
const problem = (where, message) => problems.push(`${where}: ${message}`);

const spec = yaml.load(readFileSync(specPath, 'utf8'));

// ---- structure ------------------------------------------------------------------------------

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const TOP = new Set([
  'openapi',
  'info',
  'jsonSchemaDialect',
  'servers',
  'paths',
  'webhooks',
  'components',
  'security',
  'tags',
  'externalDocs',
]);
const COMPONENTS = new Set([
  'schemas',
  'responses',
  'parameters',
  'examples',
  'requestBodies',
  'headers',
  'securitySchemes',
  'links',
  'callbacks',
  'pathItems',
]);
const PATH_ITEM = new Set(['$ref', 'summary', 'description', 'servers', 'parameters', ...METHODS]);
const OPERATION = new Set([
  'tags',
  'summary',
  'description',
  'externalDocs',
  'operationId',
  'parameters',
  'requestBody',
  'responses',
  'callbacks',
  'deprecated',
  'security',
  'servers',
]);
const PARAMETER = new Set([
  'name',
  'in',
  'description',
  'required',
  'deprecated',
  'allowEmptyValue',
  'style',
  'explode',
  'allowReserved',
  'schema',
  'example',
  'examples',
  'content',
]);
const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
const extension = (key) => key.startsWith('x-');

function unknownKeys(where, object, allowed) {
  for (const key of Object.keys(object)) if (!allowed.has(key) && !extension(key)) problem(where, `unknown field "${key}"`);
}

/** Resolves a local `$ref` (`#/a/b`); reports and returns undefined when it does not resolve. */
function resolve(value, where) {
  let current = value;
  const seen = new Set();
  while (isObject(current) && typeof current.$ref === 'string') {
    const ref = current.$ref;
    if (seen.has(ref)) return problem(where, `circular $ref ${ref}`);
    seen.add(ref);
    if (!ref.startsWith('#/')) return problem(where, `only local $refs are used here, found ${ref}`);
    current = ref
      .slice(2)
      .split('/')
      .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce((node, part) => (isObject(node) ? node[part] : undefined), spec);
    if (current === undefined) return problem(where, `$ref ${ref} does not resolve`);
  }
  return current;
}

// Every $ref anywhere must resolve.
(function walk(node, where) {
  if (Array.isArray(node)) node.forEach((item, i) => walk(item, `${where}[${i}]`));
  else if (isObject(node)) {
    if (typeof node.$ref === 'string') resolve(node, where);
    for (const [key, value] of Object.entries(node)) walk(value, `${where}/${key}`);
  }
})(spec, '#');

if (!isObject(spec)) problem('openapi.yaml', 'is not a YAML mapping');
else {
  unknownKeys('#', spec, TOP);
  if (typeof spec.openapi !== 'string' || !/^3\.1\.\d+$/.test(spec.openapi)) problem('#/openapi', `must be 3.1.x, found ${spec.openapi}`);
  if (!isObject(spec.info)) problem('#/info', 'is required');
  else {
    if (typeof spec.info.title !== 'string' || !spec.info.title) problem('#/info/title', 'is required');
    if (typeof spec.info.version !== 'string' || !spec.info.version) problem('#/info/version', 'is required (a string)');
    const license = spec.info.license;
    if (license !== undefined) {
      if (!isObject(license) || typeof license.name !== 'string') problem('#/info/license', 'needs a name');
      else if (license.identifier !== undefined && license.url !== undefined)
        problem('#/info/license', 'identifier and url are mutually exclusive');
    }
  }
  if (!isObject(spec.paths)) problem('#/paths', 'is required here');
  if (spec.components !== undefined) {
    if (!isObject(spec.components)) problem('#/components', 'must be a mapping');
    else {
      unknownKeys('#/components', spec.components, COMPONENTS);
      for (const [kind, entries] of Object.entries(spec.components)) {
        for (const name of Object.keys(entries ?? {}))
          if (!/^[a-zA-Z0-9.\-_]+$/.test(name)) problem(`#/components/${kind}`, `invalid name "${name}"`);
      }
    }
  }
  for (const server of spec.servers ?? [])
    if (!isObject(server) || typeof server.url !== 'string') problem('#/servers', 'each server needs a url');
}

function checkParameter(raw, where) {
  const parameter = resolve(raw, where);
  if (!isObject(parameter)) return undefined;
  unknownKeys(where, parameter, PARAMETER);
  if (typeof parameter.name !== 'string' || !parameter.name) problem(where, 'parameter needs a name');
  if (!['query', 'header', 'path', 'cookie'].includes(parameter.in))
    problem(where, `parameter "${parameter.name}" has invalid "in": ${parameter.in}`);
  if (parameter.in === 'path' && parameter.required !== true) problem(where, `path parameter "${parameter.name}" must be required: true`);
  if ((parameter.schema === undefined) === (parameter.content === undefined))
    problem(where, `parameter "${parameter.name}" needs exactly one of schema or content`);
  if (
    parameter.style !== undefined &&
    !['form', 'simple', 'matrix', 'label', 'spaceDelimited', 'pipeDelimited', 'deepObject'].includes(parameter.style)
  ) {
    problem(where, `parameter "${parameter.name}" has invalid style ${parameter.style}`);
  }
  return parameter;
}

const operationIds = new Set();
const operations = []; // { path, method, operation, parameters }
for (const [route, rawItem] of Object.entries(spec.paths ?? {})) {
  const where = `#/paths/${route}`;
  if (!route.startsWith('/')) problem(where, 'path must start with "/"');
  const item = resolve(rawItem, where);
  if (!isObject(item)) continue;
  unknownKeys(where, item, PATH_ITEM);
  const templated = [...route.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
  const shared = (item.parameters ?? []).map((p, i) => checkParameter(p, `${where}/parameters[${i}]`)).filter(Boolean);
  for (const method of METHODS) {
    const operation = item[method];
    if (operation === undefined) continue;
    const at = `${where}/${method}`;
    if (!isObject(operation)) {
      problem(at, 'must be a mapping');
      continue;
    }
    unknownKeys(at, operation, OPERATION);
    if (operation.operationId !== undefined) {
      if (operationIds.has(operation.operationId)) problem(at, `duplicate operationId ${operation.operationId}`);
      operationIds.add(operation.operationId);
    }
    const own = (operation.parameters ?? []).map((p, i) => checkParameter(p, `${at}/parameters[${i}]`)).filter(Boolean);
    const keys = new Set();
    for (const parameter of own) {
      const key = `${parameter.in}:${parameter.name}`;
      if (keys.has(key)) problem(at, `duplicate parameter ${key}`);
      keys.add(key);
    }
    const parameters = [...own, ...shared.filter((p) => !keys.has(`${p.in}:${p.name}`))];
    const pathParams = parameters.filter((p) => p.in === 'path').map((p) => p.name);
    for (const name of templated) if (!pathParams.includes(name)) problem(at, `path template {${name}} has no path parameter`);
    for (const name of pathParams) if (!templated.includes(name)) problem(at, `path parameter "${name}" is not in the path template`);
    if (!isObject(operation.responses) || Object.keys(operation.responses).length === 0) problem(at, 'needs at least one response');
    for (const [status, raw] of Object.entries(operation.responses ?? {})) {
      if (!/^([1-5](\d\d|XX)|default)$/.test(status)) problem(`${at}/responses`, `invalid status key ${status}`);
      const response = resolve(raw, `${at}/responses/${status}`);
      if (isObject(response) && typeof response.description !== 'string')
        problem(`${at}/responses/${status}`, 'response needs a description');
    }
    operations.push({ path: route, method, operation, parameters });
  }
}

// ---- the spec matches the code ---------------------------------------------------------------

const apiSource = readFileSync(path.join(root, 'examples/server/api.mjs'), 'utf8');
const served = new Set();
for (const m of apiSource.matchAll(/route === '([^']+)'/g)) served.add(m[1]);
for (const m of apiSource.matchAll(/\/\^(.+?)\$\/\.test\(route\)/g)) served.add(m[1].replace(/\\\//g, '/').replace(/\[\^\/\]\+/g, '{}'));
const specRoutes = new Set(operations.filter((o) => o.method === 'get').map((o) => o.path.replace(/\{[^}]+\}/g, '{}')));
if (served.size === 0) problem('examples/server/api.mjs', 'no routes found (did the routing code change shape?)');
for (const route of served)
  if (!specRoutes.has(route)) problem('examples/server/api.mjs', `serves GET ${route}, which openapi.yaml does not describe`);
for (const route of specRoutes)
  if (!served.has(route)) problem('openapi.yaml', `describes GET ${route}, which examples/server/api.mjs does not serve`);

const adapterSource = readFileSync(path.join(root, 'src/data/rest-adapter.ts'), 'utf8');
for (const m of adapterSource.matchAll(/`\/([a-z]+)\/\$\{encodeURIComponent\([^)]*\)\}\/([a-z]+)`|getJson\(`(\/[a-z/]+)\?/g)) {
  const route = m[3] ?? `/${m[1]}/{}/${m[2]}`;
  if (!specRoutes.has(route)) problem('src/data/rest-adapter.ts', `requests ${route}, which openapi.yaml does not describe`);
}

const querySource = readFileSync(path.join(root, 'src/data/query.ts'), 'utf8');
const written = new Set([...querySource.matchAll(/params\.set\('([^']+)'/g)].map((m) => m[1]));
// The adapter adds `today` to queries with date-relative conditions.
for (const m of adapterSource.matchAll(/params\.set\('([^']+)'/g)) written.add(m[1]);
for (const m of querySource.matchAll(/^\s+\w+: '(f\.[a-z]+)',$/gm)) {
  written.add(m[1]);
  written.add(`${m[1]}.op`);
}
const listParams = new Set(
  operations
    .find((o) => o.path === '/invoices')
    ?.parameters.filter((p) => p.in === 'query')
    .map((p) => p.name),
);
const countParams = new Set(
  operations
    .find((o) => o.path === '/invoices/counts')
    ?.parameters.filter((p) => p.in === 'query')
    .map((p) => p.name),
);
if (written.size < 10) problem('src/data/query.ts', 'found too few query parameters (did queryToParams change shape?)');
for (const name of written) {
  if (['offset', 'limit'].includes(name) && listParams.has(name)) continue;
  if (!listParams.has(name)) problem('openapi.yaml', `/invoices lacks the query parameter "${name}" that queryToParams writes`);
  if (!['status', 'sort', 'offset', 'limit'].includes(name) && !countParams.has(name))
    problem('openapi.yaml', `/invoices/counts lacks the query parameter "${name}"`);
}
for (const name of listParams)
  if (!written.has(name)) problem('openapi.yaml', `/invoices declares "${name}", which queryToParams never writes`);

// ---- the reference server's answers fit the schemas ----------------------------------------

/** A JSON Schema subset: type, const, enum, pattern, minimum, maximum, required, properties, additionalProperties, items, $ref. */
function validate(schema, value, where, out) {
  schema = resolve(schema, where);
  if (!isObject(schema)) return;
  const type = schema.type;
  const typeOk = {
    object: () => isObject(value),
    array: () => Array.isArray(value),
    string: () => typeof value === 'string',
    integer: () => Number.isInteger(value),
    number: () => typeof value === 'number' && Number.isFinite(value),
    boolean: () => typeof value === 'boolean',
  };
  if (type && !typeOk[type]?.()) return out.push(`${where}: expected ${type}, got ${JSON.stringify(value)?.slice(0, 80)}`);
  if ('const' in schema && value !== schema.const) out.push(`${where}: expected ${schema.const}`);
  if (schema.enum && !schema.enum.includes(value)) out.push(`${where}: ${JSON.stringify(value)} is not one of ${schema.enum.join(', ')}`);
  if (schema.pattern && typeof value === 'string' && !new RegExp(schema.pattern, 'u').test(value))
    out.push(`${where}: "${value}" does not match ${schema.pattern}`);
  if (typeof schema.minimum === 'number' && typeof value === 'number' && value < schema.minimum)
    out.push(`${where}: ${value} < ${schema.minimum}`);
  if (typeof schema.maximum === 'number' && typeof value === 'number' && value > schema.maximum)
    out.push(`${where}: ${value} > ${schema.maximum}`);
  if (isObject(value)) {
    for (const key of schema.required ?? []) if (!(key in value)) out.push(`${where}: missing required "${key}"`);
    for (const [key, item] of Object.entries(value)) {
      if (schema.properties?.[key]) validate(schema.properties[key], item, `${where}.${key}`, out);
      else if (schema.additionalProperties === false) out.push(`${where}: unexpected property "${key}"`);
      else if (isObject(schema.additionalProperties)) validate(schema.additionalProperties, item, `${where}.${key}`, out);
    }
  }
  if (Array.isArray(value) && schema.items) value.forEach((item, i) => validate(schema.items, item, `${where}[${i}]`, out));
}

async function checkServer() {
  const { createInvoiceApi } = await import('../examples/server/api.mjs');
  const { loadDataModule } = await import('../examples/server/load-data.mjs');
  const lib = await loadDataModule();
  const invoices = [...lib.seedInvoices(), ...lib.generateInvoices(200, { seed: 7 })];
  const api = createInvoiceApi(lib, {
    invoices,
    lastRefreshed: '2026-11-24T21:00:00.000Z',
    invoiceDetail: lib.sampleInvoiceDetail,
  });
  const server = http.createServer(async (req, res) => {
    if (!(await api(req, res))) res.writeHead(404).end();
  });
  await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
  const base = `http://127.0.0.1:${server.address().port}/api`;
  const operationFor = (route) =>
    operations.find(
      (o) =>
        o.path.replace(/\{[^}]+\}/g, '{}') === route.replace(/\/(invoices|documents)\/[^/]+\/(documents|content|detail)$/, '/$1/{}/$2'),
    )?.operation;
  const probe = async (route, query = '') => {
    const response = await fetch(`${base}${route}${query}`);
    const operation = operationFor(route);
    const declared = operation?.responses?.[String(response.status)] ?? operation?.responses?.default;
    const where = `GET ${route}${query} → ${response.status}`;
    if (!declared) {
      problem(where, 'status not declared in openapi.yaml');
      return undefined;
    }
    const content = resolve(declared, where)?.content ?? {};
    const type = (response.headers.get('content-type') ?? '').split(';')[0].trim();
    if (!content[type]) problem(where, `content type ${type} not declared`);
    if (type === 'application/json') {
      const body = await response.json();
      const out = [];
      validate(content[type]?.schema, body, 'body', out);
      for (const message of out.slice(0, 5)) problem(where, message);
      return body;
    }
    await response.arrayBuffer();
    return undefined;
  };
  try {
    const page = await probe(
      '/invoices',
      '?q=2202&status=open,closed,na&f.v=1&f.from=2020-01&f.min=0&f.currency=JPY&f.kind=invoice,reissue&f.customer=colt&sort=amount:desc,billingMonth:asc&offset=0&limit=50',
    );
    if (!page?.rows?.length) problem('GET /invoices', 'the probe query matched nothing; pick another');
    await probe('/invoices', '?limit=100&offset=20');
    await probe('/invoices/counts', '?q=22848&f.v=1&f.number=2202&f.number.op=contains');
    const overdue = await probe('/invoices', '?f.v=1&f.overdue=1&f.due=30&f.paid=12&today=2026-11-20&limit=50');
    await probe('/invoices/counts', '?f.v=1&f.overdue=1&today=2026-11-20');
    const summary = await probe('/invoices/summary', '?today=2026-11-20&dueDays=30&paidMonths=12&months=12');
    if (!summary?.currencies?.length) problem('GET /invoices/summary', 'the probe answered no currencies');
    if (overdue === undefined) problem('GET /invoices?f.overdue=1', 'no answer');
    const disputed = invoices.find((row) => row.status === 'disputed' && row.ticketReference);
    await probe(`/invoices/${encodeURIComponent(disputed?.id ?? 'seed-4')}/detail`);
    await probe('/invoices/seed-4/detail');
    await probe('/invoices/no-such-invoice/detail');
    await probe('/invoices/seed-4/documents');
    await probe('/invoices/no-such-invoice/documents');
    await probe('/documents/seed-4-invoice/content');
    await probe('/documents/seed-4-cdr/content');
    await probe('/documents/no-such-document/content');
  } finally {
    server.close();
  }
}

if (problems.length === 0) await checkServer();

if (problems.length) {
  console.error(`openapi.yaml: ${problems.length} problem(s)`);
  for (const line of problems) console.error(`  - ${line}`);
  process.exit(1);
}
console.log(
  `openapi.yaml: valid OpenAPI ${spec.openapi}; ${operations.length} operations cover every route of examples/server/api.mjs and every parameter of queryToParams; the reference server's answers fit the schemas.`,
);
