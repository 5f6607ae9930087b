import t from 'tap';
import { ALICE, BOB, build, DEFAULT_CLIENT, durableState, paths, registerPasskey } from '../helper.js';

const h = await build(t);
const alice = await registerPasskey(h, ALICE.email);
const bob = await registerPasskey(h, BOB.email);

t.test("deleting another user's passkey is a 404 and leaves it in place", async (t) => {
  const before = durableState(await h.state());
  const res = await h.call({ method: 'DELETE', url: paths.credential(bob.credentialId, { client_id: DEFAULT_CLIENT }), headers: alice.auth });
  t.equal(res.status, 404);
  t.equal(res.body.error, 'resource_not_found');
  t.same(durableState(await h.state()), before);
});

t.test('deleting my passkey removes it; deleting it again is a 404', async (t) => {
  const url = paths.credential(alice.credentialId, { client_id: DEFAULT_CLIENT });
  t.equal((await h.call({ method: 'DELETE', url, headers: alice.auth })).status, 200);
  t.same((await h.call({ url: paths.credentials({ client_id: DEFAULT_CLIENT }), headers: alice.auth })).body, []);
  t.equal((await h.call({ method: 'DELETE', url, headers: alice.auth })).status, 404);
});

t.test('deleting needs a Bearer', async (t) => {
  const res = await h.call({ method: 'DELETE', url: paths.credential(bob.credentialId, { client_id: DEFAULT_CLIENT }) });
  t.equal(res.status, 401);
});
