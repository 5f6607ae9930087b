import t from 'tap';
import { build, paths, registerPasskey, startLogin } from '../helper.js';

const h = await build(t);
await h.call({ method: 'POST', url: '/__sandbox/reset' });

// Two tenants, created at the same time: A on localhost, B on its own RP ID and origin.
const [clientA, clientB] = (await Promise.all([
  h.call({ method: 'POST', url: '/__sandbox/clients', payload: { name: 'tenant-a', rp_id: 'localhost' } }),
  h.call({ method: 'POST', url: '/__sandbox/clients', payload: { name: 'tenant-b', rp_id: 'shop.example.test', origins: ['https://shop.example.test'] } }),
])).map((res) => {
  if (res.status !== 201) throw new Error(`client: ${JSON.stringify(res.body)}`);
  return res.body as { client_id: string; rp_id: string };
});
const A = clientA.client_id;
const B = clientB.client_id;
const ORIGIN_A = 'http://localhost:5173';
const ORIGIN_B = 'https://shop.example.test';
const SHARED = 'shared@example.com'; // the same identifier in both tenants: two different users
const emailsA = ['ann@a.example.com', 'art@a.example.com', SHARED];
const emailsB = ['bea@b.example.com', 'ben@b.example.com', SHARED];

// Users of both clients, created concurrently and interleaved.
const interleave = <T>(a: T[], b: T[]) => a.flatMap((x, i) => [x, b[i]]);
const created = await Promise.all(interleave(emailsA.map((email) => ({ client_id: A, email })), emailsB.map((email) => ({ client_id: B, email })))
  .map((payload) => h.call({ method: 'POST', url: '/__sandbox/users', payload })));
if (created.some((r) => r.status !== 201)) throw new Error(`users: ${JSON.stringify(created.map((r) => r.body))}`);

// Whole registration ceremonies for both clients at once, then whole sign-ins at once.
type Registered = Awaited<ReturnType<typeof registerPasskey>> & { email: string; clientId: string };
const register = async (email: string, clientId: string, origin: string): Promise<Registered> =>
  ({ ...(await registerPasskey(h, email, { clientId, origin })), email, clientId });
const registered = await Promise.all(interleave(
  emailsA.map((email) => register(email, A, ORIGIN_A)),
  emailsB.map((email) => register(email, B, ORIGIN_B)),
));
const ofA = registered.filter((r) => r.clientId === A);
const ofB = registered.filter((r) => r.clientId === B);
const signIns = await Promise.all(registered.map(async (r) => {
  const { passkey, finishUrl } = await startLogin(h, r.email, r.authenticator, { origin: r.clientId === A ? ORIGIN_A : ORIGIN_B }, r.clientId);
  return { ...r, res: await h.call({ method: 'POST', url: finishUrl, payload: { passkey } }) };
}));
// Per user: register init + complete, login initiate + finish.
const CALLS_PER_USER = 4;

const users = async (clientId: string) => (await h.call({ url: `/__sandbox/users?client_id=${clientId}` })).body as Array<{ user_id: string; email: string }>;
const journal = async (query = '') => (await h.call({ url: `/__sandbox/requests${query}` })).body as Array<{ id: number; client_id: string | null; status: number; operation: string | null }>;
const jwtPayload = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));

t.test('every concurrent registration and sign-in of both clients succeeded, each in its own client', async (t) => {
  t.equal(signIns.length, 6);
  for (const s of signIns) {
    t.equal(s.res.status, 200, `${s.email} in ${s.clientId}: ${JSON.stringify(s.res.body)}`);
    t.equal(jwtPayload(s.res.body.token).client_id, s.clientId, `${s.email}'s token belongs to its own client`);
  }
});

t.test("each client's journal holds only its own entries, and none of the other client's", async (t) => {
  const all = await journal();
  const forA = await journal(`?client_id=${A}`);
  const forB = await journal(`?client_id=${B}`);
  t.equal(forA.length, emailsA.length * CALLS_PER_USER);
  t.equal(forB.length, emailsB.length * CALLS_PER_USER);
  t.ok(forA.every((e) => e.client_id === A), 'every entry of A is A');
  t.ok(forB.every((e) => e.client_id === B), 'every entry of B is B');
  const idsA = new Set(forA.map((e) => e.id));
  for (const e of all.filter((x) => x.client_id === B)) t.notOk(idsA.has(e.id), `B's entry ${e.id} is absent from A's journal`);
  const idsB = new Set(forB.map((e) => e.id));
  for (const e of all.filter((x) => x.client_id === A)) t.notOk(idsB.has(e.id), `A's entry ${e.id} is absent from B's journal`);
  t.same([...idsA, ...idsB].sort((x, y) => x - y), all.map((e) => e.id), 'together they are the whole journal');
  t.ok(all.every((e) => e.status === 200), 'no request failed');
  const switches = all.filter((e, i) => i > 0 && e.client_id !== all[i - 1].client_id).length;
  t.ok(switches > 2, `the two clients' requests really interleaved (${switches} switches between clients)`);
  const ops = (list: typeof all) => list.map((e) => e.operation).sort();
  const expectedOps = ['completePasskeyRegistration', 'finishPasskeyAuthentication', 'initiatePasskeyLogin', 'passkeyRegistrationInitialize'].flatMap((op) => [op, op, op]).sort();
  t.same(ops(forA), expectedOps);
  t.same(ops(forB), expectedOps);
});

t.test("neither client sees the other's users; the shared identifier is two different users", async (t) => {
  const listA = await users(A);
  const listB = await users(B);
  t.same(listA.map((u) => u.email).sort(), [...emailsA].sort());
  t.same(listB.map((u) => u.email).sort(), [...emailsB].sort());
  const idsA = new Set(listA.map((u) => u.user_id));
  t.notOk(listB.some((u) => idsA.has(u.user_id)), 'no user_id appears in both clients');
  t.not(listA.find((u) => u.email === SHARED)!.user_id, listB.find((u) => u.email === SHARED)!.user_id);
});

t.test("each user lists exactly its own passkey; no credential of one client shows up in the other", async (t) => {
  for (const r of registered) {
    const res = await h.call({ url: paths.credentials({ client_id: r.clientId }), headers: r.auth });
    t.equal(res.status, 200);
    t.same(res.body.map((c: { id: string }) => c.id), [r.credentialId], `${r.email} in ${r.clientId}`);
  }
  const state = await h.state();
  const credIds = (clientId: string) => state.credentials.filter((c: { client_id: string }) => c.client_id === clientId).map((c: { id: string }) => c.id).sort();
  t.same(credIds(A), ofA.map((r) => r.credentialId).sort());
  t.same(credIds(B), ofB.map((r) => r.credentialId).sort());
});

t.test("a token of client A used with client B's id is refused with 401 invalid_token", async (t) => {
  const a = ofA.find((r) => r.email === SHARED)!;
  const res = await h.call({ url: paths.credentials({ client_id: B }), headers: a.auth });
  t.equal(res.status, 401);
  t.equal(res.body.error, 'invalid_token');
  t.match(res.body.error_description, new RegExp(`issued to client ${A}, not ${B}`));
  const reg = await h.call({ url: paths.register({ client_id: B }), headers: a.auth });
  t.equal(reg.status, 401, 'nor can it start a registration in B');
  t.equal(reg.body.error, 'invalid_token');
});

t.test("client A's auth_code sent with client B's id is refused with 400 invalid_auth_code, and A can still finish with it", async (t) => {
  const a = ofA.find((r) => r.email === SHARED)!;
  const { init, passkey, finishUrl } = await startLogin(h, SHARED, a.authenticator, { origin: ORIGIN_A }, A);
  const before = await h.state();
  const cross = await h.call({ method: 'POST', url: paths.login({ client_id: B, identifier: SHARED, auth_code: init.auth_code }), payload: { passkey } });
  t.equal(cross.status, 400);
  t.equal(cross.body.error, 'invalid_auth_code');
  t.same((await h.state()).ceremonies, before.ceremonies, "the cross-client attempt did not touch A's ceremony");
  const own = await h.call({ method: 'POST', url: finishUrl, payload: { passkey } });
  t.equal(own.status, 200, 'the code still works in its own client');
});

t.test("a pending login in A does not show in B's status for the same identifier", async (t) => {
  const a = ofA.find((r) => r.email === SHARED)!;
  await startLogin(h, SHARED, a.authenticator, { origin: ORIGIN_A }, A);
  t.equal((await h.call({ url: paths.status({ client_id: A, identifier: SHARED }) })).body.status, 'pending');
  t.equal((await h.call({ url: paths.status({ client_id: B, identifier: SHARED }) })).body.status, 'verified', "B's latest ceremony is its own finished sign-in");
});

t.test("a user of B cannot rename or delete a passkey of A: 404, and A's passkey is unchanged", async (t) => {
  const a = ofA.find((r) => r.email === SHARED)!;
  const b = ofB.find((r) => r.email === SHARED)!;
  const rename = await h.call({ method: 'PATCH', url: paths.credential(a.credentialId, { client_id: B }), headers: b.auth, payload: { name: 'stolen' } });
  t.equal(rename.status, 404);
  const del = await h.call({ method: 'DELETE', url: paths.credential(a.credentialId, { client_id: B }), headers: b.auth });
  t.equal(del.status, 404);
  const list = await h.call({ url: paths.credentials({ client_id: A }), headers: a.auth });
  t.match(list.body, [{ id: a.credentialId, Name: null }]);
});

t.test("A's passkey cannot sign in at B for the same identifier", async (t) => {
  const a = ofA.find((r) => r.email === SHARED)!;
  const init = await h.call({ url: paths.login({ client_id: B, identifier: SHARED }) });
  t.equal(init.status, 200);
  t.equal(init.body.publicKey.rpId, 'shop.example.test');
  // A's authenticator signs B's challenge as if for localhost: wrong RP ID and an unknown credential for B.
  const passkey = a.authenticator.getAssertion({ ...init.body.publicKey, rpId: 'localhost', allowCredentials: undefined }, { origin: ORIGIN_B });
  const res = await h.call({ method: 'POST', url: paths.login({ client_id: B, identifier: SHARED, auth_code: init.body.auth_code }), payload: { passkey } });
  t.equal(res.status, 401);
  t.equal(res.body.error, 'passkey_authentication_failed');
});
