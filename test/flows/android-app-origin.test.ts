import { createHash } from 'node:crypto';
import t from 'tap';
import { build, isError, paths, registerPasskey, startLogin } from '../helper.js';

/**
 * An Android app using Credential Manager signs its ceremonies with the origin
 * `android:apk-key-hash:<base64url SHA-256 of its signing certificate>`; a client that lists
 * the hash in android_apk_key_hashes accepts it at registration and sign-in, others refuse it.
 */
const h = await build(t);
const HASH = createHash('sha256').update('test-only signing certificate of com.example.app').digest('base64url');
const APP = `android:apk-key-hash:${HASH}`;

const appClient = (await h.call({ method: 'POST', url: '/__sandbox/clients', payload: { name: 'android app', rp_id: 'app.example.com', android_apk_key_hashes: [HASH] } })).body;
const webClient = (await h.call({ method: 'POST', url: '/__sandbox/clients', payload: { name: 'web only', rp_id: 'app.example.com' } })).body;
for (const client of [appClient, webClient]) {
  await h.call({ method: 'POST', url: '/__sandbox/users', payload: { client_id: client.client_id, email: 'ann@example.com' } });
}

t.test('a client with the APK key hash registers and signs in a passkey made by the in-process virtual authenticator with the app origin', async (t) => {
  t.same(appClient.android_apk_key_hashes, [HASH], 'the client lists the hash');
  const { authenticator } = await registerPasskey(h, 'ann@example.com', { clientId: appClient.client_id, origin: APP });
  const { passkey, finishUrl } = await startLogin(h, 'ann@example.com', authenticator, { origin: APP }, appClient.client_id);
  t.equal(JSON.parse(Buffer.from(passkey.response.clientDataJSON, 'base64url').toString()).origin, APP, 'the assertion carries the app origin');
  const done = await h.call({ method: 'POST', url: finishUrl, payload: { passkey } });
  t.equal(done.status, 200, JSON.stringify(done.body));
  t.type(done.body.token, 'string');
});

t.test('the HTTP virtual authenticator produces app-origin responses that register and sign in', async (t) => {
  const created = await h.call({ method: 'POST', url: '/__sandbox/authenticators', payload: {} });
  const id = created.body.authenticator_id;
  const auth = { authorization: `Bearer ${await h.session('ann@example.com', appClient.client_id)}` };
  const init = await h.call({ url: paths.register({ client_id: appClient.client_id }), headers: auth });
  const registration = await h.call({ method: 'POST', url: `/__sandbox/authenticators/${id}/create`, payload: { publicKey: init.body.publicKey, origin: APP } });
  t.equal(registration.status, 200, JSON.stringify(registration.body));
  const done = await h.call({ method: 'POST', url: paths.register({ client_id: appClient.client_id, auth_code: init.body.auth_code }), headers: auth, payload: { passkey: registration.body } });
  t.equal(done.status, 200, JSON.stringify(done.body));
  const login = await h.call({ url: paths.login({ client_id: appClient.client_id, identifier: 'ann@example.com' }) });
  const assertion = await h.call({ method: 'POST', url: `/__sandbox/authenticators/${id}/get`, payload: { publicKey: login.body.publicKey, origin: APP } });
  t.equal(assertion.status, 200, JSON.stringify(assertion.body));
  const finish = await h.call({ method: 'POST', url: paths.login({ client_id: appClient.client_id, identifier: 'ann@example.com', auth_code: login.body.auth_code }), payload: { passkey: assertion.body } });
  t.equal(finish.status, 200, JSON.stringify(finish.body));
});

t.test('a client without the hash refuses the same app origin at registration, naming android_apk_key_hashes', async (t) => {
  const err = await registerPasskey(h, 'ann@example.com', { clientId: webClient.client_id, origin: APP }).catch((e: Error) => e);
  t.type(err, Error);
  t.match((err as Error).message, /origin check failed: origin \\"android:apk-key-hash:[\w-]+\\" is an Android app whose signing-certificate hash is not among client cli_\w+'s android_apk_key_hashes \[\(none\)\]; create a client that lists it/);
});

t.test('a client without the hash refuses the app origin at sign-in too', async (t) => {
  const { authenticator } = await registerPasskey(h, 'ann@example.com', { clientId: webClient.client_id, origin: 'https://app.example.com' });
  const { passkey, finishUrl } = await startLogin(h, 'ann@example.com', authenticator, { origin: APP }, webClient.client_id);
  const res = await h.call({ method: 'POST', url: finishUrl, payload: { passkey } });
  isError(t, res, 401, 'passkey_authentication_failed', /origin check failed: origin "android:apk-key-hash:[\w-]+" is an Android app whose signing-certificate hash is not among/);
});

t.test('an APK key hash that is not 43 base64url characters is refused when the client is created', async (t) => {
  const res = await h.call({ method: 'POST', url: '/__sandbox/clients', payload: { android_apk_key_hashes: ['abc'] } });
  isError(t, res, 400, 'invalid_request_body', /android_apk_key_hashes/);
});
