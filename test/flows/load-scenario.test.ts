// Load scenarios (bulk_users, generated_passkeys) seed users and passkeys that sign in for real:
// sandboxReset, initiatePasskeyLogin, finishPasskeyAuthentication, listPasskeyCredentials.
import t from 'tap';
import { VirtualAuthenticator } from '../../src/authenticator/index.js';
import { generatedCredentialId, generatedPasskeyKey } from '../../src/sandbox/generated-passkeys.js';
import { userHandle } from '../../src/services/passkey-registration.js';
import { build, DEFAULT_CLIENT, ORIGIN, paths, startLogin } from '../helper.js';

t.test('load-10: two named users, ten indexed ones, a passkey each for the ten', async (t) => {
  const h = await build(t, { scenario: 'load-10' });
  const state = await h.state();
  t.equal(state.users.length, 12);
  t.equal(state.credentials.length, 10);
  t.ok(state.users.some((u: { email: string }) => u.email === 'user10@load.example.com'));
  t.same(new Set(state.credentials.map((c: { public_key: string }) => c.public_key)).size, 1, 'one shared public key per client');
  const again = await h.call({ method: 'POST', url: '/__sandbox/reset', payload: {} });
  t.equal(again.status, 200);
  t.same(await h.state(), state, 'deterministic: the same seed seeds the same users and passkeys');
});

t.test('a generated passkey signs in with the key derived from the seed (real verification)', async (t) => {
  const h = await build(t, { scenario: 'load-10' });
  const email = 'user7@load.example.com';
  const user = (await h.state()).users.find((u: { email: string }) => u.email === email);
  const credentialId = generatedCredentialId(user.user_id);
  const authenticator = VirtualAuthenticator.fromJSON({
    options: { ...new VirtualAuthenticator().options, transports: ['internal'] },
    credentials: [{ id: credentialId, rpId: 'localhost', userHandle: userHandle(user.user_id), alg: -7, signCount: 0, privateKeyPkcs8: generatedPasskeyKey(42, DEFAULT_CLIENT).pkcs8(), publicKeyCose: '' }],
  });
  const { passkey, finishUrl } = await startLogin(h, email, authenticator);
  const res = await h.call({ method: 'POST', url: finishUrl, payload: { passkey } });
  t.equal(res.status, 200, JSON.stringify(res.body));
  t.equal(res.body.user_id, user.user_id);
  const list = await h.call({ url: paths.credentials({ client_id: DEFAULT_CLIENT }), headers: { authorization: `Bearer ${res.body.token}` } });
  t.same(list.body.map((c: { id: string }) => c.id), [credentialId]);

  // A key derived from another seed does not verify.
  const wrong = VirtualAuthenticator.fromJSON({
    options: authenticator.options,
    credentials: [{ id: credentialId, rpId: 'localhost', userHandle: userHandle(user.user_id), alg: -7, signCount: 5, privateKeyPkcs8: generatedPasskeyKey(43, DEFAULT_CLIENT).pkcs8(), publicKeyCose: '' }],
  });
  const bad = await startLogin(h, email, wrong, { origin: ORIGIN });
  const refused = await h.call({ method: 'POST', url: bad.finishUrl, payload: { passkey: bad.passkey } });
  t.equal(refused.status, 401);
});

t.test('generated users never take a named user\'s email: Faker draws again', async (t) => {
  const h = await build(t, { scenario: 'empty' });
  const client = { client_id: 'cli_load0000000000000001', name: 'Load', rp_id: 'localhost', rp_name: 'Load' };
  await h.runtime.load('generated', { clients: [{ ...client, generated_users: 3 }] }, 42);
  const drawn = (await h.state()).users.map((u: { email: string }) => u.email);
  t.equal(drawn.length, 3);
  // The same seed draws the same emails, so naming the first one makes it clash.
  const named = drawn[0].toUpperCase();
  await h.runtime.load('clash', { clients: [{ ...client, users: [{ email: named }], generated_users: 3, generated_passkeys: true }] }, 42);
  const state = await h.state();
  const emails = state.users.map((u: { email: string }) => u.email.toLowerCase());
  t.equal(emails.length, 4);
  t.equal(new Set(emails).size, 4, 'no email twice');
  t.same(emails.slice(1, 3), drawn.slice(1), 'the draws after the clash are kept');
  t.equal(state.credentials.length, 3, 'a passkey for each generated user only');
  t.ok(state.users.slice(1).every((u: { created_at: string }) => u.created_at === state.clock.now), 'created at the pinned clock');
});

t.test('a scenario that would fail half-way is refused before anything changes, naming the email and the fix', async (t) => {
  const h = await build(t, { scenario: 'load-10' });
  const before = await h.state();
  const client = { client_id: 'cli_load0000000000000001', name: 'Load', rp_id: 'localhost', rp_name: 'Load' };
  await t.rejects(
    h.runtime.load('clash', { clients: [{ ...client, users: [{ email: 'User2@Load.Example.com' }], bulk_users: 3 }] }, 42),
    { id: 'user_already_exists', message: /Scenario clash: client cli_load0000000000000001 names a user with email User2@Load\.Example\.com, which its bulk_users also makes \(user2@load\.example\.com\); remove one of them/ },
  );
  await t.rejects(
    h.runtime.load('twice', { clients: [client, { name: 'Second', users: [{ email: 'a@example.com' }, { email: 'A@example.com' }] }] }, 42),
    { id: 'user_already_exists', message: /Scenario twice: client Second names two users with email A@example\.com; remove one of them/ },
  );
  t.same(await h.state(), before, 'the state is as it was');
  await h.runtime.load('fine', { clients: [{ ...client, users: [{ email: 'user4@load.example.com' }], bulk_users: 3, generated_passkeys: true }] }, 42);
  const state = await h.state();
  t.same(state.users.map((u: { email: string }) => u.email), ['user4@load.example.com', 'user1@load.example.com', 'user2@load.example.com', 'user3@load.example.com']);
  t.equal(state.credentials.length, 3);
});
