import t from 'tap';
import { ALICE, BOB, build, DEFAULT_CLIENT, paths, registerPasskey } from '../helper.js';

const h = await build(t);

t.test("a user lists only their own passkeys, in SSOJet's twelve-field shape", async (t) => {
  const alice = await registerPasskey(h, ALICE.email);
  await registerPasskey(h, ALICE.email, { alg: -257 });
  const bob = await registerPasskey(h, BOB.email, { alg: -8 });
  const mine = await h.call({ url: paths.credentials({ client_id: DEFAULT_CLIENT }), headers: alice.auth });
  t.equal(mine.status, 200);
  t.equal(mine.body.length, 2);
  t.notOk(mine.body.some((c: { id: string }) => c.id === bob.credentialId));
  const theirs = await h.call({ url: paths.credentials({ client_id: DEFAULT_CLIENT }), headers: bob.auth });
  t.same(theirs.body.map((c: { id: string }) => c.id), [bob.credentialId]);
});

t.test('a user without passkeys gets an empty array', async (t) => {
  const token = await h.session('nopasskeys@example.com');
  const res = await h.call({ url: paths.credentials({ client_id: DEFAULT_CLIENT }), headers: { authorization: `Bearer ${token}` } });
  t.same(res.body, []);
});

t.test('listing needs a Bearer', async (t) => {
  const res = await h.call({ url: paths.credentials({ client_id: DEFAULT_CLIENT }) });
  t.equal(res.status, 401);
  t.equal(res.body.error, 'invalid_token');
});
