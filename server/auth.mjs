// Who may read what: every request carries `Authorization: Bearer <JWT>`, signed by the portal's
// identity provider, naming in its `accounts` claim the customer numbers (OCN) it may read.
// Verification is jose's (signature, algorithm allow-list, exp/nbf, issuer, audience); this file
// only checks the claim's shape and turns it into a Scope. Any failure is one 401 that says
// nothing about why, so a caller learns nothing about tokens, accounts or data.
import { SignJWT, createLocalJWKSet, createRemoteJWKSet, exportJWK, generateKeyPair, importSPKI, jwtVerify } from 'jose';
import { createScope } from './queries.mjs';

export const DEFAULT_AUDIENCE = 'invoice-api';
const MAX_TOKEN_LENGTH = 8192;
const MAX_ACCOUNTS = 1000;

/** The request is not authenticated; the response is 401 whatever the reason. */
export class Unauthorized extends Error {
  constructor(reason) {
    super('Sign in again: the request has no valid session token.');
    this.name = 'Unauthorized';
    // For the server's log only, never for the response.
    this.reason = reason;
  }
}

/**
 * @param {{ jwks?: object, jwksUrl?: string, publicKey?: string, algorithm?: string, secret?: string, issuer?: string, audience?: string }} options
 *   one key source: a JWKS (object or URL, e.g. the identity provider's), a PEM public key
 *   (`algorithm`, default ES256), or a shared secret (HS256, at least 32 bytes).
 */
export async function createAuth({ jwks, jwksUrl, publicKey, algorithm = 'ES256', secret, issuer, audience = DEFAULT_AUDIENCE }) {
  let key;
  let algorithms;
  if (jwks) [key, algorithms] = [createLocalJWKSet(jwks), ['ES256', 'RS256', 'EdDSA']];
  else if (jwksUrl) [key, algorithms] = [createRemoteJWKSet(new URL(jwksUrl)), ['ES256', 'RS256', 'EdDSA']];
  else if (publicKey) [key, algorithms] = [await importSPKI(publicKey, algorithm), [algorithm]];
  else if (secret) {
    if (new TextEncoder().encode(secret).length < 32) throw new Error('JWT_SECRET must be at least 32 bytes.');
    [key, algorithms] = [new TextEncoder().encode(secret), ['HS256']];
  } else {
    throw new Error('No key to verify tokens with: set JWT_JWKS_URL, JWT_PUBLIC_KEY or JWT_SECRET.');
  }
  const verifyOptions = { algorithms, audience, requiredClaims: ['exp', 'sub'], clockTolerance: 30, ...(issuer ? { issuer } : {}) };

  /** The Scope of a request's Authorization header; throws Unauthorized. */
  async function authenticate(db, header) {
    if (typeof header !== 'string' || !header) throw new Unauthorized('missing');
    const match = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/.exec(header);
    if (!match || header.length > MAX_TOKEN_LENGTH) throw new Unauthorized('malformed');
    let payload;
    try {
      ({ payload } = await jwtVerify(match[1], key, verifyOptions));
    } catch (error) {
      throw new Unauthorized(error?.code ?? 'invalid');
    }
    const accounts = payload.accounts;
    if (
      !Array.isArray(accounts) ||
      accounts.length === 0 ||
      accounts.length > MAX_ACCOUNTS ||
      !accounts.every((ocn) => typeof ocn === 'string' && ocn.length > 0 && ocn.length <= 64)
    ) {
      throw new Unauthorized('accounts-claim');
    }
    return createScope(db, String(payload.sub), accounts);
  }
  return { authenticate };
}

/**
 * A throwaway identity provider for demos and tests: an ES256 key pair made at start-up. The
 * API gets only the public half (as a JWKS), as it would from a real provider.
 */
export async function createDemoIssuer({ audience = DEFAULT_AUDIENCE } = {}) {
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'demo', alg: 'ES256', use: 'sig' };
  return {
    jwks: { keys: [jwk] },
    audience,
    /** A signed token for `accounts` (OCNs), valid for `expiresIn` (a jose time span, default 1 h). */
    sign({ subject = 'demo-user', accounts, expiresIn = '1h' }) {
      return new SignJWT({ accounts })
        .setProtectedHeader({ alg: 'ES256', kid: 'demo' })
        .setSubject(subject)
        .setAudience(audience)
        .setIssuedAt()
        .setExpirationTime(expiresIn)
        .sign(privateKey);
    },
  };
}
