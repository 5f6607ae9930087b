// Pending ceremonies are capped (issue #13 item 5): each identifier keeps its newest 20, the
// sandbox MAX_PENDING_CEREMONIES in all, the oldest forgotten first. A forgotten ceremony answers
// its owner exactly like an expired one, and stays unknown to anyone else. Operations:
// initiatePasskeyLogin, finishPasskeyAuthentication, sandboxGetState, sandboxPutState, sandboxReset.
import t from 'tap';
import { loadConfig } from '../../src/config.js';
import { ALICE, BOB, build, DEFAULT_CLIENT, isError, paths, registerPasskey, startLogin } from '../helper.js';

const codes = (state: { ceremonies: Array<{ auth_code: string }> }) => state.ceremonies.map((c) => c.auth_code);

t.test("an identifier's 21st ceremony forgets its oldest, which then answers challenge_expired; the newer ones still sign in", async (t) => {
  const h = await build(t);
  const alice = await registerPasskey(h, ALICE.email);
  const first = await startLogin(h, ALICE.email, alice.authenticator);
  const bob = (await h.call({ url: paths.login({ client_id: DEFAULT_CLIENT, identifier: BOB.email }) })).body.auth_code;
  const later = [];
  for (let i = 0; i < 20; i++) later.push(await startLogin(h, ALICE.email, alice.authenticator));
  const held = codes(await h.state());
  t.notOk(held.includes(first.init.auth_code), "alice's oldest is forgotten");
  t.ok(held.includes(bob), "bob's is kept: the cap is per identifier");
  t.ok(later.every((l) => held.includes(l.init.auth_code)), "alice's newest 20 are kept");

  const res = await h.call({ method: 'POST', url: first.finishUrl, payload: { passkey: first.passkey } });
  isError(t, res, 400, 'challenge_expired', /^The challenge of auth_code [0-9a-f]{24} expired \(timeout 300000 ms; expired ceremonies are not kept, nor the oldest beyond 20 per identifier or user and MAX_PENDING_CEREMONIES=100000 in all\)\. Call Initiate Passkey Login/);
  const ok = await h.call({ method: 'POST', url: later[0].finishUrl, payload: { passkey: later[0].passkey } });
  t.equal(ok.status, 200, 'the oldest kept one signs in');
});

t.test('past MAX_PENDING_CEREMONIES the oldest ceremony of anyone is forgotten: expired to its owner, unknown to others', async (t) => {
  const h = await build(t, { maxPendingCeremonies: 3 });
  const login = async (identifier: string) => (await h.call({ url: paths.login({ client_id: DEFAULT_CLIENT, identifier }) })).body.auth_code as string;
  const b1 = await login(BOB.email);
  const others = [await login('carol@example.com'), await login('dave@example.com'), await login('erin@example.com')];
  t.same(codes(await h.state()), others, 'the newest 3, in the order opened');
  const passkey = { id: 'x', rawId: 'x', type: 'public-key', response: { clientDataJSON: 'e30', authenticatorData: 'AA', signature: 'AA' }, clientExtensionResults: {} };
  const owner = await h.call({ method: 'POST', url: paths.login({ client_id: DEFAULT_CLIENT, identifier: BOB.email, auth_code: b1 }), payload: { passkey } });
  isError(t, owner, 400, 'challenge_expired', /expired \(timeout 300000 ms; expired ceremonies are not kept, nor the oldest beyond 20 per identifier or user and MAX_PENDING_CEREMONIES=3 in all\)/);
  const stranger = await h.call({ method: 'POST', url: paths.login({ client_id: DEFAULT_CLIENT, identifier: ALICE.email, auth_code: b1 }), payload: { passkey } });
  isError(t, stranger, 400, 'invalid_auth_code', /is unknown for this client and identifier/);
});

t.test('the state export of a capped sandbox restores byte for byte, and reset starts from the scenario again', async (t) => {
  const h = await build(t, { maxPendingCeremonies: 5 });
  for (let i = 0; i < 8; i++) await h.call({ url: paths.login({ client_id: DEFAULT_CLIENT, identifier: `user${i}@example.com` }) });
  const exported = await h.call({ url: '/__sandbox/state' });
  t.equal(exported.body.ceremonies.length, 5);
  const put = await h.call({ method: 'PUT', url: '/__sandbox/state', payload: exported.body });
  t.equal(put.status, 200);
  t.equal((await h.call({ url: '/__sandbox/state' })).raw.body, exported.raw.body, 'export, restore, export: identical');

  await h.call({ method: 'POST', url: '/__sandbox/reset', payload: {} });
  const fresh = codes(await h.state());
  t.same(fresh, [], 'reset leaves no ceremony');
  for (let i = 0; i < 6; i++) await h.call({ url: paths.login({ client_id: DEFAULT_CLIENT, identifier: `user${i}@example.com` }) });
  t.equal((await h.state()).ceremonies.length, 5, 'the cap holds after a reset');
});

t.test('MAX_PENDING_CEREMONIES defaults to 100000 and must be a positive integer', async (t) => {
  t.equal(loadConfig({}).maxPendingCeremonies, 100000);
  t.equal(loadConfig({ MAX_PENDING_CEREMONIES: '250' }).maxPendingCeremonies, 250);
  t.throws(() => loadConfig({ MAX_PENDING_CEREMONIES: '0' }), /MAX_PENDING_CEREMONIES must be an integer from 1 to 100000000, got "0"/);
});
