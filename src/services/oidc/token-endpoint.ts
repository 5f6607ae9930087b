import { createHash } from 'node:crypto';
import { SandboxError } from '../../errors.js';
import type { Client } from '../../store/types.js';
import type { Services } from '../services.js';
import { authenticateClient, field, type Form } from './client-auth.js';
import { revokeGrant } from './grant-tokens.js';
import { grantedScope } from './issue-code.js';
import { oidcIssuer } from './oidc-issuer.js';
import { grantTokens } from './grant-tokens.js';
import { accessToken, scopesOf, type TokenResponse } from './oidc-tokens.js';

export interface TokenRequest {
  authorization: string | undefined;
  form: Form;
  host: string | undefined;
  fallbackBase: string;
}

/** 400 invalid_grant with the reason kept for the journal. */
const badGrant = (reason: string) => new SandboxError('invalid_grant', { reason }, { explanation: reason });

/**
 * The token endpoint (RFC 6749 §4.1.3, §6, §4.4): authenticates the client, then answers the
 * grant. Every refusal names the check that failed, and its explanation is in the journal.
 */
export async function exchangeToken(svc: Services, req: TokenRequest): Promise<TokenResponse> {
  const client = await authenticateClient(svc.store, req.authorization, req.form);
  const grantType = field(req.form, 'grant_type');
  if (grantType === 'authorization_code') return codeGrant(svc, client, req.form);
  if (grantType === 'refresh_token') return refreshGrant(svc, client, req.form);
  if (grantType === 'client_credentials') return clientCredentials(svc, client, req);
  if (grantType === undefined) throw new SandboxError('invalid_request', { reason: 'grant_type is missing: send authorization_code, refresh_token or client_credentials' });
  throw new SandboxError('unsupported_grant_type', { grant_type: grantType }, { explanation: `grant_type ${grantType}` });
}

async function codeGrant(svc: Services, client: Client, form: Form): Promise<TokenResponse> {
  const code = field(form, 'code');
  if (code === undefined) throw new SandboxError('invalid_request', { reason: 'code is missing: send the code the redirect carried' });
  const grant = await svc.store.getRecord('oidc_grants', client.client_id, code);
  if (!grant) throw badGrant(`The code is unknown to client ${client.client_id}: it was never issued, or was issued to another client`);
  if (grant.code_used_at !== null) {
    await revokeGrant(svc, grant, 'its authorization code was used twice');
    throw badGrant(`The code was already used at ${grant.code_used_at}; codes are single use, and the tokens its first use issued are now revoked (RFC 6749 §4.1.2)`);
  }
  if (svc.clock.nowMs() >= Date.parse(grant.code_expires_at)) throw badGrant(`The code expired at ${grant.code_expires_at} (codes last ${svc.config.oidcCodeTtlMs} ms, OIDC_CODE_TTL_MS)`);
  const redirectUri = field(form, 'redirect_uri');
  if (redirectUri !== grant.redirect_uri) throw badGrant(`redirect_uri must be the one the code was issued for (${grant.redirect_uri}), got ${redirectUri ?? 'nothing'}`);
  const verifier = field(form, 'code_verifier');
  if (grant.code_challenge !== null) {
    if (verifier === undefined) throw badGrant('code_verifier is missing: the authorization request sent a code_challenge (PKCE, RFC 7636 §4.5)');
    const challenge = createHash('sha256').update(verifier).digest('base64url');
    if (challenge !== grant.code_challenge) throw badGrant(`PKCE failed: BASE64URL(SHA256(code_verifier)) is ${challenge}, the code_challenge was ${grant.code_challenge}`);
  } else if (verifier !== undefined) {
    throw badGrant('code_verifier was sent, but the authorization request had no code_challenge');
  }
  const user = await svc.store.getUser(client.client_id, grant.user_id);
  if (!user) throw badGrant(`The code's user ${grant.user_id} no longer exists in client ${client.client_id}`);
  return grantTokens(svc, { ...grant, code_used_at: svc.clock.now().toISOString() }, client, user, grant.nonce);
}

async function refreshGrant(svc: Services, client: Client, form: Form): Promise<TokenResponse> {
  const token = field(form, 'refresh_token');
  if (token === undefined) throw new SandboxError('invalid_request', { reason: 'refresh_token is missing' });
  const code = /^rt_([A-Za-z0-9_-]+)\.[A-Za-z0-9_-]+$/.exec(token)?.[1];
  const grant = code ? await svc.store.getRecord('oidc_grants', client.client_id, code) : undefined;
  if (!grant) throw badGrant(`The refresh token is unknown to client ${client.client_id}`);
  if (grant.revoked_at !== null) throw badGrant(`The refresh token was revoked at ${grant.revoked_at} (${grant.revoked_reason})`);
  if (grant.rotated.includes(token)) {
    await revokeGrant(svc, grant, 'a rotated refresh token was used again');
    throw badGrant('The refresh token was already used: refresh tokens rotate and are single use; the whole grant is now revoked (sign in again)');
  }
  if (grant.refresh_token !== token) throw badGrant(`The refresh token is unknown to client ${client.client_id}`);
  if (svc.clock.nowMs() >= Date.parse(grant.refresh_expires_at!)) throw badGrant(`The refresh token expired at ${grant.refresh_expires_at}`);
  const asked = field(form, 'scope');
  if (asked !== undefined) {
    const extra = scopesOf(asked).filter((s) => !scopesOf(grant.scope).includes(s));
    if (extra.length > 0) throw new SandboxError('invalid_scope', { reason: `scope ${extra.join(' ')} was not granted (granted: ${grant.scope}); a refresh may only narrow the scope` }, { explanation: `refresh asked for ${extra.join(' ')}` });
  }
  const user = await svc.store.getUser(client.client_id, grant.user_id);
  if (!user) throw badGrant(`The refresh token's user ${grant.user_id} no longer exists in client ${client.client_id}`);
  return grantTokens(svc, { ...grant, rotated: [...grant.rotated, token] }, client, user, null);
}

/** RFC 6749 §4.4: a token for the client itself (`sub` = client id), for the management API. */
async function clientCredentials(svc: Services, client: Client, req: TokenRequest): Promise<TokenResponse> {
  if (client.public) throw new SandboxError('unauthorized_client', { reason: `Client ${client.client_id} is public: client_credentials needs a confidential client (one with a secret)` }, { explanation: 'client_credentials from a public client' });
  const scope = grantedScope(field(req.form, 'scope') ?? '');
  const issuer = oidcIssuer(svc.config, req.host, req.fallbackBase);
  const { token, expiresIn } = await accessToken(svc, { issuer, client, scope, jti: svc.random.objectId() }, client.client_id);
  return { access_token: token, token_type: 'Bearer', expires_in: expiresIn, scope };
}
