import t from 'tap';
import { createLocalJWKSet, jwtVerify } from 'jose';
import { VirtualAuthenticator } from '../../src/authenticator/index.js';
import { build, DEFAULT_CLIENT, ORIGIN, paths } from '../helper.js';

const h = await build(t);

for (const alg of [-7, -8, -257] as const) {
  t.test(`a user registers a passkey (alg ${alg}), manages it, signs in with it, and cannot sign in once it is deleted`, async (t) => {
    const email = `lifecycle${-alg}@example.com`;
    const authenticator = new VirtualAuthenticator({ alg });
    const token = await h.session(email);
    const auth = { authorization: `Bearer ${token}` };

    // Registration: options shaped like SSOJet's example, then a real attestation.
    const init = await h.call({ url: paths.register({ client_id: DEFAULT_CLIENT }), headers: auth });
    t.equal(init.status, 200);
    t.match(init.body.auth_code, /^[0-9a-f]{24}$/);
    t.same(init.body.publicKey.rp, { name: 'SSOJet Sandbox', id: 'localhost' });
    t.equal(init.body.publicKey.user.name, email);
    const userId = (await h.services.store.findUserByIdentifier(DEFAULT_CLIENT, email))!.user_id;
    t.equal(Buffer.from(init.body.publicKey.user.id, 'base64').toString(), userId, 'user.id is the base64 of the 24-hex user id');
    t.same(init.body.publicKey.pubKeyCredParams.map((p: { alg: number }) => p.alg), [-7, -35, -36, -257, -258, -259, -37, -38, -39, -8]);
    t.equal(init.body.publicKey.timeout, 300000);
    t.same(init.body.publicKey.authenticatorSelection, { authenticatorAttachment: 'platform', requireResidentKey: true, residentKey: 'required', userVerification: 'preferred' });
    t.equal(init.body.publicKey.attestation, 'none');
    t.notOk('excludeCredentials' in init.body.publicKey, 'no excludeCredentials before the first passkey');

    const registeredAt = h.services.clock.now().toISOString();
    const attestation = authenticator.createCredential(init.body.publicKey, { origin: ORIGIN });
    const done = await h.call({ method: 'POST', url: paths.register({ client_id: DEFAULT_CLIENT, auth_code: init.body.auth_code }), headers: auth, payload: { passkey: attestation, email } });
    t.same(done.body, { status: 'success', message: 'Passkey registered successfully' });

    // List: the twelve SSOJet fields, as the contract details fix them at registration.
    const list = await h.call({ url: paths.credentials({ client_id: DEFAULT_CLIENT }), headers: auth });
    t.equal(list.status, 200);
    t.equal(list.body.length, 1);
    const [cred] = list.body;
    t.same(Object.keys(cred).sort(), ['CreatedAt', 'LastUsedAt', 'Name', 'SignCount', 'UpdatedAt', 'aaguid', 'attestation_type', 'backup_eligible', 'backup_state', 'id', 'public_key', 'transports'].sort());
    t.match(cred, { id: attestation.id, Name: null, SignCount: 0, CreatedAt: registeredAt, LastUsedAt: registeredAt, UpdatedAt: '0001-01-01T00:00:00Z', attestation_type: 'none', aaguid: '00000000-0000-0000-0000-000000000000', transports: ['internal'], backup_eligible: false, backup_state: false });

    // A second registration attempt lists the first passkey in excludeCredentials.
    const again = await h.call({ url: paths.register({ client_id: DEFAULT_CLIENT }), headers: auth });
    t.same(again.body.publicKey.excludeCredentials, [{ id: attestation.id, type: 'public-key', transports: ['internal'] }]);

    // Rename, a second later.
    h.services.clock.advance(1000);
    const renamedAt = h.services.clock.now().toISOString();
    const renamed = await h.call({ method: 'PATCH', url: paths.credential(attestation.id, { client_id: DEFAULT_CLIENT }), headers: auth, payload: { name: 'Work laptop' } });
    t.same(renamed.body, { status: 'success', message: 'Passkey name updated successfully' });
    const afterRename = await h.call({ url: paths.credentials({ client_id: DEFAULT_CLIENT }), headers: { 'X-Client-Id': DEFAULT_CLIENT, ...auth } });
    t.equal(afterRename.body[0].Name, 'Work laptop');
    t.equal(afterRename.body[0].UpdatedAt, renamedAt, 'UpdatedAt is set by the rename');
    t.equal(afterRename.body[0].CreatedAt, registeredAt, 'CreatedAt does not move');

    // Sign in: status pending, then verified; the token verifies against the JWKS.
    const login = await h.call({ url: paths.login({ client_id: DEFAULT_CLIENT, identifier: email }) });
    t.equal(login.status, 200);
    t.same(Object.keys(login.body.publicKey).sort(), ['challenge', 'rpId', 'timeout', 'userVerification']);
    const pending = await h.call({ url: paths.status({ client_id: DEFAULT_CLIENT, identifier: email }) });
    t.same(pending.body, { status: 'pending', expires_at: new Date(h.services.clock.nowMs() + 300000).toISOString() });
    const notYet = await h.call({ url: paths.authStatus({ client_id: DEFAULT_CLIENT, state: login.body.auth_code }) });
    t.same(notYet.body, { authenticated: false });

    const assertion = authenticator.getAssertion(login.body.publicKey, { origin: ORIGIN });
    const finish = await h.call({ method: 'POST', url: paths.login({ client_id: DEFAULT_CLIENT, identifier: email, auth_code: login.body.auth_code }), payload: { passkey: JSON.stringify(assertion) } });
    t.equal(finish.status, 200, JSON.stringify(finish.body));
    t.equal(finish.body.user_id, userId);

    const jwks = await h.call({ url: '/.well-known/jwks.json' });
    const { payload, protectedHeader } = await jwtVerify(finish.body.token, createLocalJWKSet(jwks.body), {
      issuer: 'http://localhost:8787', audience: DEFAULT_CLIENT, currentDate: h.services.clock.now(),
    });
    t.match(protectedHeader, { alg: 'RS256', typ: 'at+jwt', kid: jwks.body.keys[0].kid });
    t.match(payload, { sub: userId, client_id: DEFAULT_CLIENT, iat: Math.floor(h.services.clock.nowMs() / 1000) });
    t.equal(payload.exp! - payload.iat!, 3600);
    t.equal(payload.nbf, payload.iat);
    t.match(payload.jti, /^[0-9a-f]{24}$/);

    const verified = await h.call({ url: paths.status({ client_id: DEFAULT_CLIENT, identifier: email }) });
    t.equal(verified.body.status, 'verified');
    const authStatus = await h.call({ url: paths.authStatus({ client_id: DEFAULT_CLIENT, state: login.body.auth_code }) });
    t.equal(authStatus.body.authenticated, true);
    t.equal(authStatus.body.oauth.access_token, finish.body.token);
    t.equal(authStatus.body.oauth.token_type, 'Bearer');
    t.match(authStatus.body.user, { user_id: userId, email, identifier: email, issuer: 'http://localhost:8787' });

    const used = await h.call({ url: paths.credentials({ client_id: DEFAULT_CLIENT }), headers: { authorization: `Bearer ${finish.body.token}` } });
    t.equal(used.body[0].SignCount, 1, 'the counter moved with the assertion');

    // Delete; the deleted passkey can no longer sign in.
    const del = await h.call({ method: 'DELETE', url: paths.credential(attestation.id, { client_id: DEFAULT_CLIENT }), headers: auth });
    t.same(del.body, { status: 'success', message: 'Passkey deleted successfully' });
    const empty = await h.call({ url: paths.credentials({ client_id: DEFAULT_CLIENT }), headers: auth });
    t.same(empty.body, []);
    const login2 = await h.call({ url: paths.login({ client_id: DEFAULT_CLIENT, identifier: email }) });
    const assertion2 = authenticator.getAssertion(login2.body.publicKey, { origin: ORIGIN });
    const refused = await h.call({ method: 'POST', url: paths.login({ client_id: DEFAULT_CLIENT, identifier: email, auth_code: login2.body.auth_code }), payload: { passkey: assertion2 } });
    t.equal(refused.status, 401);
    t.equal(refused.body.error, 'passkey_authentication_failed');
    t.match(refused.body.error_description, /credential .* is not registered/);
  });
}
