import type { AuthenticationResponseJSON } from '@simplewebauthn/server';
import { SandboxError } from '../errors.js';
import { webauthn } from './webauthn-lib.js';
import type { Client } from '../store/types.js';
import { consumeCeremony, openCeremony } from './ceremony.js';
import { checkClientData } from './check-client-data.js';
import { recordSignIn } from './login-logs.js';
import { userHandle } from './passkey-registration.js';
import type { Services } from './services.js';
import { issueSession } from './tokens/issue-session.js';
import { describeLibraryError, webauthnFailure } from './webauthn-failure.js';

/**
 * Initiate Passkey Login. Answers the same way whether or not the identifier exists or has
 * passkeys, and (as SSOJet's example) without allowCredentials, so the call cannot be used to
 * enumerate accounts; a discoverable credential picks itself.
 */
export async function startPasskeyLogin(svc: Services, client: Client, identifier: string, ip: string) {
  svc.limiter.check({ clientId: client.client_id, identifier, ip });
  const user = await svc.store.findUserByIdentifier(client.client_id, identifier);
  const ceremony = await openCeremony(svc, {
    kind: 'login', client, identifier, user_id: user?.user_id ?? null, user_verification: client.policy.user_verification,
  });
  return {
    auth_code: ceremony.auth_code,
    publicKey: {
      challenge: ceremony.challenge,
      timeout: svc.config.challengeTimeoutMs,
      rpId: client.rp_id,
      userVerification: ceremony.user_verification,
    },
  };
}

/**
 * Finish Passkey Authentication: verifies the assertion (challenge, origin, RP ID, signature,
 * UP, UV per policy, counter) against the identifier's own credential and issues an access
 * token. Unknown identifier and unknown credential fail with the same words.
 */
export async function finishPasskeyLogin(
  svc: Services,
  input: PasskeyLoginInput,
) {
  const who = { clientId: input.client.client_id, identifier: input.identifier, ip: input.ip };
  // A locked-out caller is refused before the auth_code is read or consumed.
  svc.limiter.check(who);
  try {
    return await verifyPasskeyLogin(svc, input);
  } catch (err) {
    // Only a failed verification is an attempt; malformed or expired requests are not.
    if (err instanceof SandboxError && err.id === 'passkey_authentication_failed') svc.limiter.recordFailure(who);
    throw err;
  }
}

/**
 * `discoverable`: the ceremony was opened for no identifier (`''`, the OIDC sign-in page's
 * "Sign in with a passkey"), and the credential names its user. `method` is the login log's.
 */
export interface PasskeyLoginInput {
  client: Client; ip: string; userAgent?: string; authCode: string; identifier: string; response: AuthenticationResponseJSON;
  discoverable?: boolean; method?: string;
}

async function verifyPasskeyLogin(svc: Services, input: PasskeyLoginInput) {
  const { client, identifier, response } = input;
  const ceremony = await consumeCeremony(svc, input.authCode, 'login', { clientId: client.client_id, who: identifier });
  const fail = (check: string, message: string) => webauthnFailure('passkey_authentication_failed', check, message);

  const clientData = checkClientData(response.response.clientDataJSON, { type: 'webauthn.get', challenge: ceremony.challenge, client });
  if (!clientData.ok) throw fail(clientData.check, clientData.message);

  const credential = await svc.store.getCredential(client.client_id, response.id);
  const user = input.discoverable
    ? credential && await svc.store.getUser(client.client_id, credential.user_id)
    : await svc.store.findUserByIdentifier(client.client_id, identifier);
  if (!user || !credential || credential.user_id !== user.user_id) {
    throw fail('credential', `credential ${response.id} is not registered ${input.discoverable ? 'for any user' : `for identifier ${identifier}`} with client ${client.client_id}`);
  }
  const handle = response.response.userHandle;
  if (handle && handle !== userHandle(user.user_id)) {
    throw fail('userHandle', `response.userHandle ${handle} is not the user handle of ${identifier} (${userHandle(user.user_id)})`);
  }

  let info;
  try {
    const { verifyAuthenticationResponse } = await webauthn();
    const result = await verifyAuthenticationResponse({
      response,
      expectedChallenge: ceremony.challenge,
      expectedOrigin: clientData.data.origin,
      expectedRPID: client.rp_id,
      expectedType: 'webauthn.get',
      // A cross-origin iframe got past checkClientData only if the client allows it; the library
      // then wants the top origin named (any top origin: the policy has no list of embedders).
      ...(clientData.data.crossOrigin === true && clientData.data.topOrigin !== undefined ? { expectedTopOrigin: clientData.data.topOrigin } : {}),
      requireUserVerification: ceremony.user_verification === 'required',
      credential: {
        id: credential.id,
        publicKey: new Uint8Array(Buffer.from(credential.public_key, 'base64url')),
        counter: credential.SignCount,
        transports: credential.transports as never,
      },
    });
    if (!result.verified) throw new Error(`the signature over authenticatorData and the SHA-256 of clientDataJSON does not verify with the stored public key of credential ${credential.id}`);
    info = result.authenticationInfo;
  } catch (err) {
    const { check, message } = describeLibraryError(err, client.rp_id);
    throw fail(check, message);
  }

  const now = svc.clock.now().toISOString();
  await svc.store.putCredential({ ...credential, SignCount: info.newCounter, LastUsedAt: now, backup_state: info.credentialBackedUp });
  const signedIn = await recordSignIn(svc, { client, user, method: input.method ?? 'passkey', ip: input.ip, userAgent: input.userAgent });
  const token = await issueSession(svc, client.client_id, user.user_id);

  await svc.store.putCeremony({ ...ceremony, status: 'verified', user_id: user.user_id, token });
  return { token: token.access_token, user_id: user.user_id, user: signedIn, userVerified: info.userVerified };
}
