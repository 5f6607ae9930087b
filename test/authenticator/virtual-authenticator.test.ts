import t from 'tap';
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type WebAuthnCredential,
} from '@simplewebauthn/server';
import { decodeCredentialPublicKey, isoBase64URL } from '@simplewebauthn/server/helpers';
import { VirtualAuthenticator, type CoseAlgorithm } from '../../src/authenticator/index.js';

const ORIGIN = 'https://example.com';
const RP_ID = 'example.com';
const ALGORITHMS: Array<[string, CoseAlgorithm]> = [['ES256', -7], ['EdDSA', -8], ['RS256', -257]];

async function registrationOptions(extra: Partial<Parameters<typeof generateRegistrationOptions>[0]> = {}) {
  return generateRegistrationOptions({
    rpName: 'Example', rpID: RP_ID, userName: 'alice', userID: new TextEncoder().encode('user-1'), ...extra,
  });
}

/** Registers a credential and returns what a relying party would store. */
async function register(authenticator: VirtualAuthenticator) {
  const options = await registrationOptions();
  const response = authenticator.createCredential(options, { origin: ORIGIN });
  const verification = await verifyRegistrationResponse({
    response, expectedChallenge: options.challenge, expectedOrigin: ORIGIN, expectedRPID: RP_ID,
  });
  if (!verification.verified) throw new Error('registration did not verify');
  return { options, response, verification, credential: verification.registrationInfo.credential };
}

function verifyAssertion(
  response: AuthenticationResponseJSON,
  options: PublicKeyCredentialRequestOptionsJSON,
  credential: WebAuthnCredential,
  extra: Partial<Parameters<typeof verifyAuthenticationResponse>[0]> = {},
) {
  return verifyAuthenticationResponse({
    response, expectedChallenge: options.challenge, expectedOrigin: ORIGIN, expectedRPID: RP_ID, credential, ...extra,
  });
}

/** Signs a fresh challenge and verifies it against the stored credential. */
async function authenticate(authenticator: VirtualAuthenticator, credential: WebAuthnCredential) {
  const options = await generateAuthenticationOptions({ rpID: RP_ID, allowCredentials: [{ id: credential.id }] });
  const response = authenticator.getAssertion(options, { origin: ORIGIN });
  return { response, verification: await verifyAssertion(response, options, credential) };
}

function decodeClientData(response: { response: { clientDataJSON: string } }): Record<string, unknown> {
  return JSON.parse(isoBase64URL.toUTF8String(response.response.clientDataJSON));
}

for (const [name, alg] of ALGORITHMS) {
  t.test(`An ${name} passkey registers, signs assertions, survives a snapshot and detects cloning`, async (t) => {
    const authenticator = new VirtualAuthenticator({ alg });
    const { options, response, verification, credential } = await register(authenticator);

    t.equal(verification.registrationInfo?.fmt, 'none', 'attestation format is none');
    t.equal(decodeCredentialPublicKey(credential.publicKey).get(3), alg, 'COSE key carries the algorithm');
    t.equal(response.response.publicKeyAlgorithm, alg);
    t.same(response.response.transports, ['internal']);
    t.equal(credential.counter, 0, 'new credentials start at signCount 0');
    const [stored] = authenticator.credentials();
    t.match(stored, { id: response.id, rpId: RP_ID, alg, userHandle: options.user.id, signCount: 0 });
    t.equal(stored.publicKeyCose, isoBase64URL.fromBuffer(credential.publicKey), 'stored COSE key matches authData');

    const first = await authenticate(authenticator, credential);
    t.ok(first.verification.verified, 'first assertion verifies');
    t.equal(first.verification.authenticationInfo.newCounter, 1, 'counter incremented to 1');
    t.equal(first.response.response.userHandle, options.user.id, 'userHandle is the registered user id');
    credential.counter = 1;

    const tamperedSignature = isoBase64URL.toBuffer(first.response.response.signature);
    tamperedSignature[tamperedSignature.length - 1] ^= 0xff;
    const tamperedOptions = await generateAuthenticationOptions({ rpID: RP_ID });
    const tampered = authenticator.getAssertion(tamperedOptions, { origin: ORIGIN });
    tampered.response.signature = isoBase64URL.fromBuffer(tamperedSignature);
    const tamperedResult = await verifyAssertion(tampered, tamperedOptions, credential);
    t.notOk(tamperedResult.verified, 'a tampered signature does not verify');
    credential.counter = 2;

    const restored = VirtualAuthenticator.fromJSON(JSON.parse(JSON.stringify(authenticator.toJSON())));
    t.same(restored.credentials(), authenticator.credentials(), 'snapshot keeps the credentials');
    const third = await authenticate(restored, credential);
    t.ok(third.verification.verified, 'the restored authenticator signs verifying assertions');
    t.equal(third.verification.authenticationInfo.newCounter, 3);

    restored.setSignCount(credential.id, 1);
    credential.counter = 3;
    await t.rejects(authenticate(restored, credential), /counter value 2 was lower than expected 3/,
      'a counter regression is detected as a possible clone');
  });
}

t.test('Turning the UV flag off makes verification that requires user verification fail', async (t) => {
  const authenticator = new VirtualAuthenticator({ uv: false });
  const options = await registrationOptions();
  const response = authenticator.createCredential(options, { origin: ORIGIN });
  const expected = { expectedChallenge: options.challenge, expectedOrigin: ORIGIN, expectedRPID: RP_ID };
  await t.rejects(verifyRegistrationResponse({ response, ...expected }), /User verification was required/);
  const registration = await verifyRegistrationResponse({ response, ...expected, requireUserVerification: false });
  t.ok(registration.verified, 'registration passes when UV is not required');
  t.equal(registration.registrationInfo?.userVerified, false);

  const credential = registration.registrationInfo!.credential;
  const request = await generateAuthenticationOptions({ rpID: RP_ID });
  const assertion = authenticator.getAssertion(request, { origin: ORIGIN });
  await t.rejects(verifyAssertion(assertion, request, credential, { requireUserVerification: true }), /User verification required/);
  const relaxed = await verifyAssertion(assertion, request, credential, { requireUserVerification: false });
  t.ok(relaxed.verified, 'the same assertion passes when UV is not required');
});

t.test('Turning the UP flag off makes registration fail user presence checks', async (t) => {
  const authenticator = new VirtualAuthenticator({ up: false });
  const options = await registrationOptions();
  const response = authenticator.createCredential(options, { origin: ORIGIN });
  await t.rejects(verifyRegistrationResponse({
    response, expectedChallenge: options.challenge, expectedOrigin: ORIGIN, expectedRPID: RP_ID,
  }), /User presence was required/);
});

t.test('Backup flags, AAGUID and initial counter are reported as configured', async (t) => {
  const aaguid = 'adce0002-35bc-c60a-648b-0b25f1f05503';
  const authenticator = new VirtualAuthenticator({ backupEligible: true, backupState: true, aaguid, signCount: 41 });
  const { verification, credential } = await register(authenticator);
  t.match(verification.registrationInfo, { aaguid, credentialDeviceType: 'multiDevice', credentialBackedUp: true });
  t.equal(credential.counter, 41);
  const { verification: assertion } = await authenticate(authenticator, credential);
  t.equal(assertion.authenticationInfo.newCounter, 42);
  t.equal(assertion.authenticationInfo.credentialBackedUp, true);
});

t.test('A malformed AAGUID is rejected when the authenticator is constructed', async (t) => {
  t.throws(() => new VirtualAuthenticator({ aaguid: 'not-a-uuid' }), TypeError);
});

t.test('Options get defaults, ignore explicit undefined and are frozen', async (t) => {
  const authenticator = new VirtualAuthenticator({ alg: undefined, transports: ['usb', 'nfc'] });
  t.same(authenticator.options, {
    alg: -7, uv: true, up: true, backupEligible: false, backupState: false,
    aaguid: '00000000-0000-0000-0000-000000000000', signCount: 0, transports: ['usb', 'nfc'],
  });
  t.ok(Object.isFrozen(authenticator.options));
});

t.test('Overriding the RP ID hashed into authData makes both ceremonies fail RP ID checks', async (t) => {
  const authenticator = new VirtualAuthenticator();
  const options = await registrationOptions();
  const forged = authenticator.createCredential(options, { origin: ORIGIN, rpId: 'evil.example' });
  await t.rejects(verifyRegistrationResponse({
    response: forged, expectedChallenge: options.challenge, expectedOrigin: ORIGIN, expectedRPID: RP_ID,
  }), /Unexpected RP ID hash/);

  const { credential } = await register(authenticator);
  const request = await generateAuthenticationOptions({ rpID: RP_ID });
  const assertion = authenticator.getAssertion(request, { origin: ORIGIN, rpId: 'evil.example' });
  await t.rejects(verifyAssertion(assertion, request, credential), /Unexpected RP ID hash/);
});

t.test('A credential listed in excludeCredentials for the same RP ID refuses registration', async (t) => {
  const authenticator = new VirtualAuthenticator();
  const { response } = await register(authenticator);
  const options = await registrationOptions({ excludeCredentials: [{ id: 'unknown' }, { id: response.id }] });
  t.throws(() => authenticator.createCredential(options, { origin: ORIGIN }), /^InvalidStateError: .*excludeCredentials/);
  t.equal(authenticator.credentials().length, 1, 'nothing new is stored');

  const elsewhere = await registrationOptions({ rpID: 'other.example', excludeCredentials: [{ id: response.id }] });
  authenticator.createCredential(elsewhere, { origin: 'https://other.example' });
  t.equal(authenticator.credentials().length, 2, 'exclusion only applies to the same RP ID');
});

t.test('An authenticator refuses options that offer none of its algorithms', async (t) => {
  const authenticator = new VirtualAuthenticator({ alg: -257 });
  const options = await registrationOptions({ supportedAlgorithmIDs: [-7, -8] });
  t.throws(() => authenticator.createCredential(options, { origin: ORIGIN }),
    /NotSupportedError: none of the offered algorithms \(-7, -8\) is supported; this authenticator uses -257/);
});

t.test('An injected randomBytes makes credential ids deterministic', async (t) => {
  const requested: number[] = [];
  const counter = () => {
    let next = 0;
    return (n: number) => {
      requested.push(n);
      return Uint8Array.from({ length: n }, () => next++ & 0xff);
    };
  };
  const one = new VirtualAuthenticator({ randomBytes: counter() });
  const two = new VirtualAuthenticator({ randomBytes: counter() });
  const options = await registrationOptions();
  const a = one.createCredential(options, { origin: ORIGIN });
  const b = two.createCredential(options, { origin: ORIGIN });
  t.equal(a.id, isoBase64URL.fromBuffer(Uint8Array.from({ length: 32 }, (_, i) => i)));
  t.equal(a.id, b.id, 'the same source yields the same ids');
  t.equal(a.rawId, a.id);
  t.same(requested, [32, 32, 32, 32], 'each credential draws a 32-byte id, then a 32-byte key seed');
  t.equal(a.response.publicKey, b.response.publicKey, 'a seeded source makes the same ES256 key too');
  t.not(one.createCredential(options, { origin: ORIGIN }).id, a.id, 'the next id differs');
});

t.test('seeded EdDSA keys are deterministic and verify; RSA keys stay random', async (t) => {
  const source = () => { let i = 7; return (n: number) => Uint8Array.from({ length: n }, () => (i = (i * 31 + 11) & 0xff)); };
  const options = await registrationOptions();
  const [x, y] = [new VirtualAuthenticator({ alg: -8, randomBytes: source() }), new VirtualAuthenticator({ alg: -8, randomBytes: source() })];
  const rx = x.createCredential(options, { origin: ORIGIN });
  const ry = y.createCredential(options, { origin: ORIGIN });
  t.equal(rx.response.publicKey, ry.response.publicKey);
  const verified = await verifyRegistrationResponse({ response: rx, expectedChallenge: options.challenge, expectedOrigin: ORIGIN, expectedRPID: options.rp.id! });
  t.ok(verified.verified, 'the derived key makes a valid credential');
});

t.test('clientDataJSON follows the spec member order and honours overrides', async (t) => {
  const authenticator = new VirtualAuthenticator();
  const options = await registrationOptions();
  const created = authenticator.createCredential(options, { origin: ORIGIN });
  t.equal(isoBase64URL.toUTF8String(created.response.clientDataJSON),
    `{"type":"webauthn.create","challenge":"${options.challenge}","origin":"${ORIGIN}"}`);

  const framed = authenticator.createCredential(await registrationOptions(), {
    origin: ORIGIN, crossOrigin: true, topOrigin: 'https://top.example', type: 'custom.create', challenge: 'abc',
  });
  t.same(Object.entries(decodeClientData(framed)), [
    ['type', 'custom.create'], ['challenge', 'abc'], ['origin', ORIGIN], ['crossOrigin', true], ['topOrigin', 'https://top.example'],
  ]);

  const request = await generateAuthenticationOptions({ rpID: RP_ID });
  const assertion = authenticator.getAssertion(request, { origin: ORIGIN });
  t.equal(isoBase64URL.toUTF8String(assertion.response.clientDataJSON),
    `{"type":"webauthn.get","challenge":"${request.challenge}","origin":"${ORIGIN}","crossOrigin":false}`);
});

t.test('Cross-origin assertions verify against the expected top origin', async (t) => {
  const authenticator = new VirtualAuthenticator();
  const { credential } = await register(authenticator);
  const request = await generateAuthenticationOptions({ rpID: RP_ID });
  const assertion = authenticator.getAssertion(request, { origin: ORIGIN, crossOrigin: true, topOrigin: 'https://top.example' });
  const result = await verifyAssertion(assertion, request, credential, { expectedTopOrigin: 'https://top.example' });
  t.ok(result.verified);

  const wrongType = authenticator.getAssertion(request, { origin: ORIGIN, type: 'webauthn.create', challenge: 'other' });
  t.match(decodeClientData(wrongType), { type: 'webauthn.create', challenge: 'other' });
  await t.rejects(verifyAssertion(wrongType, request, credential), /Unexpected authentication response type/);
});

t.test('Assertions pick the allowed, the explicit or the most recent credential', async (t) => {
  const authenticator = new VirtualAuthenticator();
  const first = authenticator.createCredential(await registrationOptions(), { origin: ORIGIN });
  const second = authenticator.createCredential(await registrationOptions(), { origin: ORIGIN });
  const other = authenticator.createCredential(await registrationOptions({ rpID: 'other.example' }), { origin: 'https://other.example' });
  const challenge = 'Y2hhbGxlbmdl';

  t.equal(authenticator.getAssertion({ challenge, rpId: RP_ID }, { origin: ORIGIN }).id, second.id, 'discoverable: most recent');
  t.equal(authenticator.getAssertion({ challenge, allowCredentials: [] }, { origin: ORIGIN }).id, second.id, 'empty list is discoverable');
  const allowed = { challenge, rpId: RP_ID, allowCredentials: [{ id: 'unknown', type: 'public-key' as const }, { id: first.id, type: 'public-key' as const }] };
  t.equal(authenticator.getAssertion(allowed, { origin: ORIGIN }).id, first.id, 'first held allowed credential');
  t.equal(authenticator.getAssertion(allowed, { origin: ORIGIN, credentialId: second.id }).id, second.id, 'explicit id wins');
  t.equal(authenticator.getAssertion({ challenge }, { origin: 'https://other.example' }).id, other.id, 'RP ID defaults to the origin host');

  t.throws(() => authenticator.getAssertion({ challenge }, { origin: 'https://nobody.example' }),
    /^NotAllowedError: no credential for rpId nobody\.example matches \(wanted: any discoverable credential\)/);
  t.throws(() => authenticator.getAssertion({ challenge, rpId: RP_ID }, { origin: ORIGIN, credentialId: other.id }),
    /NotAllowedError: no credential for rpId example\.com .*wanted: /);
  t.throws(() => authenticator.getAssertion({ challenge, rpId: RP_ID, allowCredentials: [{ id: other.id, type: 'public-key' }] }, { origin: ORIGIN }),
    new RegExp(`NotAllowedError: .*wanted: ${other.id}`));
});

t.test('Registration without rp.id scopes the credential to the origin host', async (t) => {
  const authenticator = new VirtualAuthenticator();
  const options: PublicKeyCredentialCreationOptionsJSON = {
    rp: { name: 'Example' }, user: { id: 'dXNlcg', name: 'u', displayName: 'U' }, challenge: 'Y2hhbGxlbmdl',
    pubKeyCredParams: [{ alg: -7, type: 'public-key' }],
  };
  const response = authenticator.createCredential(options, { origin: 'https://sub.example.org:8443' });
  t.match(authenticator.credentials()[0], { id: response.id, rpId: 'sub.example.org', userHandle: 'dXNlcg' });
  const verification = await verifyRegistrationResponse({
    response, expectedChallenge: 'Y2hhbGxlbmdl', expectedOrigin: 'https://sub.example.org:8443', expectedRPID: 'sub.example.org',
  });
  t.ok(verification.verified);
});

t.test('setSignCount validates its input and credentials() returns copies', async (t) => {
  const authenticator = new VirtualAuthenticator();
  const { response } = await register(authenticator);
  t.throws(() => authenticator.setSignCount(response.id, -1), RangeError);
  t.throws(() => authenticator.setSignCount(response.id, 1.5), RangeError);
  t.throws(() => authenticator.setSignCount(response.id, 2 ** 32), RangeError);
  t.throws(() => authenticator.setSignCount('unknown', 1), /NotFoundError/);
  authenticator.setSignCount(response.id, 7);
  const [copy] = authenticator.credentials();
  t.equal(copy.signCount, 7);
  copy.signCount = 100;
  t.equal(authenticator.credentials()[0].signCount, 7, 'mutating a copy does not change the authenticator');
});

t.test('credentialIdLength sets the length of a new credential id, within the 16-bit field', async (t) => {
  const authenticator = new VirtualAuthenticator();
  const options = await registrationOptions();
  const long = authenticator.createCredential(options, { origin: ORIGIN, credentialIdLength: 1024 });
  t.equal(isoBase64URL.toBuffer(long.id).length, 1024);
  const verification = await verifyRegistrationResponse({ response: long, expectedChallenge: options.challenge, expectedOrigin: ORIGIN, expectedRPID: RP_ID });
  t.equal(isoBase64URL.toBuffer(verification.registrationInfo!.credential.id).length, 1024, 'authData carries the same id (the relying party must enforce the 1023-byte cap)');
  for (const bad of [0, 65536, 1.5]) {
    t.throws(() => authenticator.createCredential(options, { origin: ORIGIN, credentialIdLength: bad }), RangeError, `${bad} is refused`);
  }
});
