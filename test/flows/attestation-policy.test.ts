import t from 'tap';
import { build, isError } from '../helper.js';
import { loadFixture, replayFixture, withFlippedSignature } from '../fixtures/webauthn-replay.js';

/**
 * The client's attestation policy decides what a verified statement is worth; every statement
 * present is verified whatever the policy. Driven by captured responses (fixtures/webauthn/).
 */
const h = await build(t);

async function storedCredential(clientId: string) {
  return (await h.state()).credentials.find((c: { client_id: string }) => c.client_id === clientId);
}

t.test('a SafetyNet response whose root the library does not ship is refused without the root and registered with it', async (t) => {
  const fx = loadFixture('android-safetynet');
  t.equal(fx.roots_case, true);
  const without = await replayFixture(h, fx, { client: { attestation_roots: {} } });
  isError(t, without, 400, 'passkey_registration_failed', /trust check failed: android-safetynet attestation: policy.attestation_trust is "known_roots" and the certificate path ends at ".*GTS CA 1O1" issued by .*, which is neither a root the sandbox trusts for android-safetynet nor signed by one/);
  t.match(without.body.error_description, /Way out: add the root's PEM to the client \(POST \/__sandbox\/clients with "attestation_roots": \{"android-safetynet"/);
  const withRoot = await replayFixture(h, fx);
  t.equal(withRoot.status, 200, JSON.stringify(withRoot.body));
  t.equal((await storedCredential(withRoot.clientId)).trusted, true);
});

t.test('policy.attestation "enterprise" refuses a packed response whose root the client does not hold, and accepts it once the root is added', async (t) => {
  const fx = loadFixture('packed-x5c-yubikey');
  const refused = await replayFixture(h, fx, { client: { policy: { attestation: 'enterprise' }, attestation_roots: {} } });
  isError(t, refused, 400, 'passkey_registration_failed', /trust check failed: packed attestation: policy.attestation is "enterprise" and the certificate path ends at ".*Yubico U2F EE Serial 719807075"/);
  t.match(refused.body.error_description, /Way out: add the root's PEM .* or use policy.attestation "direct"/);
  const accepted = await replayFixture(h, fx, { client: { policy: { attestation: 'enterprise' } } });
  t.equal(accepted.status, 200, JSON.stringify(accepted.body));
  t.equal((await storedCredential(accepted.clientId)).trusted, true);
});

t.test('policy.attestation "enterprise" refuses a none attestation: it has no certificate to chain', async (t) => {
  const res = await replayFixture(h, loadFixture('none'), { client: { policy: { attestation: 'enterprise' } } });
  isError(t, res, 400, 'passkey_registration_failed', /trust check failed: none attestation: policy.attestation is "enterprise" and a none attestation carries no certificate/);
});

t.test('"none" and "indirect" accept a statement chaining to an unknown root and store it with trusted: false', async (t) => {
  for (const attestation of ['none', 'indirect']) {
    const res = await replayFixture(h, loadFixture('tpm-rsa'), { client: { policy: { attestation } } });
    t.equal(res.status, 200, `${attestation}: ${JSON.stringify(res.body)}`);
    const credential = await storedCredential(res.clientId);
    t.same([credential.attestation_type, credential.trusted], ['tpm', false], attestation);
  }
});

t.test('"direct" stores an unknown root as trusted: false under attestation_trust "any" and refuses it under "known_roots"', async (t) => {
  const fx = loadFixture('tpm-rsa');
  const any = await replayFixture(h, fx, { client: { policy: { attestation: 'direct', attestation_trust: 'any' } } });
  t.equal(any.status, 200, JSON.stringify(any.body));
  t.equal((await storedCredential(any.clientId)).trusted, false);
  const known = await replayFixture(h, fx, { client: { policy: { attestation: 'direct', attestation_trust: 'known_roots' } } });
  isError(t, known, 400, 'passkey_registration_failed', /trust check failed: tpm attestation: policy.attestation_trust is "known_roots" and the certificate path ends at ".*FIDO Alliance/);
  t.match(known.body.error_description, /or set policy.attestation_trust "any" to store it with trusted: false/);
});

t.test('a statement is verified whatever the policy: a flipped signature is refused under policy.attestation "none"', async (t) => {
  const fx = loadFixture('packed-x5c-yubikey');
  const res = await replayFixture(h, fx, { client: { policy: { attestation: 'none' } }, response: withFlippedSignature(fx)! });
  isError(t, res, 400, 'passkey_registration_failed', /^Passkey registration failed: signature check failed: packed attestation/);
});

t.test('RS1 (-65535) is offered and accepted only when the client sets policy.allow_rs1', async (t) => {
  const fx = loadFixture('tpm-ecc-windows-hello');
  const refused = await replayFixture(h, fx, { client: { policy: { attestation: 'direct' } } });
  isError(t, refused, 400, 'passkey_registration_failed', /algorithm check failed: tpm attestation: the statement is signed with RS1 \(RSASSA-PKCS1-v1_5 with SHA-1, COSE -65535\), which the client does not accept/);
  t.match(refused.body.error_description, /policy.allow_rs1: true/);
  t.notOk(refused.publicKey.pubKeyCredParams.some((p: { alg: number }) => p.alg === -65535), 'not offered by default');
  const accepted = await replayFixture(h, fx);
  t.equal(accepted.status, 200, JSON.stringify(accepted.body));
  t.ok(accepted.publicKey.pubKeyCredParams.some((p: { alg: number }) => p.alg === -65535), 'offered with allow_rs1');
});

t.test('attestation_roots that are not certificates are refused where they are given, and nothing changes', async (t) => {
  const before = await h.state();
  const res = await h.call({ method: 'POST', url: '/__sandbox/clients', payload: { attestation_roots: { packed: ['not a certificate'] } } });
  isError(t, res, 400, 'invalid_request_body', /body\.attestation_roots\.packed\[0\] is not a PEM .*X\.509 certificate/);
  const state = structuredClone(before);
  state.clients[0].attestation_roots = { tpm: ['-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----'] };
  const put = await h.call({ method: 'PUT', url: '/__sandbox/state', payload: state });
  isError(t, put, 400, 'invalid_state_document', /attestation_roots\.tpm\[0\] is not a PEM/);
  t.same(await h.state(), before, 'the state is unchanged');
});

t.test('client roots and APK key hashes survive export and restore unchanged', async (t) => {
  await replayFixture(h, loadFixture('none-android-app'));
  const first = (await h.call({ url: '/__sandbox/state' })).raw.body;
  t.equal((await h.call({ method: 'PUT', url: '/__sandbox/state', payload: JSON.parse(first) })).status, 200);
  const again = (await h.call({ url: '/__sandbox/state' })).raw.body;
  t.equal(again, first, 'byte-identical');
  t.match(first, /"android_apk_key_hashes":\["gx7sq_pxhxhrIQdLyfG0pxKwiJ7hOk2DJQ4xvKd438Q"\]/);
  t.match(first, /"attestation_roots":\{"android-safetynet":\["-----BEGIN CERTIFICATE-----/);
});
