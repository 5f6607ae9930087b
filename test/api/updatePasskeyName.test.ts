import t from 'tap';
import { ALICE, BOB, build, DEFAULT_CLIENT, durableState, paths, registerPasskey } from '../helper.js';

const h = await build(t);
const alice = await registerPasskey(h, ALICE.email);
const bob = await registerPasskey(h, BOB.email);

t.test('renaming sets Name and UpdatedAt', async (t) => {
  h.services.clock.advance(5000);
  const res = await h.call({ method: 'PATCH', url: paths.credential(alice.credentialId, { client_id: DEFAULT_CLIENT }), headers: alice.auth, payload: { name: 'YubiKey 5' } });
  t.same(res.body, { status: 'success', message: 'Passkey name updated successfully' });
  const [cred] = (await h.call({ url: paths.credentials({ client_id: DEFAULT_CLIENT }), headers: alice.auth })).body;
  t.equal(cred.Name, 'YubiKey 5');
  t.equal(cred.UpdatedAt, h.services.clock.now().toISOString());
});

t.test("renaming another user's passkey is a 404 that does not reveal it exists", async (t) => {
  const before = durableState(await h.state());
  const theirs = await h.call({ method: 'PATCH', url: paths.credential(bob.credentialId, { client_id: DEFAULT_CLIENT }), headers: alice.auth, payload: { name: 'mine now' } });
  const unknown = await h.call({ method: 'PATCH', url: paths.credential('AAAA', { client_id: DEFAULT_CLIENT }), headers: alice.auth, payload: { name: 'x' } });
  t.equal(theirs.status, 404);
  t.equal(theirs.body.error, 'resource_not_found');
  t.equal(theirs.body.error_description.replace(bob.credentialId, 'ID'), unknown.body.error_description.replace('AAAA', 'ID'), 'same words as an unknown id');
  t.same(durableState(await h.state()), before);
});

t.test('an empty or missing name is a 400 naming body.name', async (t) => {
  const empty = await h.call({ method: 'PATCH', url: paths.credential(alice.credentialId, { client_id: DEFAULT_CLIENT }), headers: alice.auth, payload: { name: '' } });
  t.equal(empty.status, 400);
  t.match(empty.body.error_description, /body.name must NOT have fewer than 1 characters/);
  const missing = await h.call({ method: 'PATCH', url: paths.credential(alice.credentialId, { client_id: DEFAULT_CLIENT }), headers: alice.auth, payload: {} });
  t.match(missing.body.error_description, /body.name is required/);
});

t.test('a passkey id that is not base64url is a 400 naming path.passkeyid', async (t) => {
  const res = await h.call({ method: 'PATCH', url: paths.credential('not%20base64!', { client_id: DEFAULT_CLIENT }), headers: alice.auth, payload: { name: 'x' } });
  t.equal(res.status, 400);
  t.match(res.body.error_description, /path.passkeyid must match pattern/);
});
