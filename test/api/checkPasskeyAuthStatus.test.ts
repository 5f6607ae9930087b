import t from 'tap';
import { ALICE, build, DEFAULT_CLIENT, paths, registerPasskey, startLogin } from '../helper.js';

const h = await build(t);
const alice = await registerPasskey(h, ALICE.email);
const status = async (identifier: string) => (await h.call({ url: paths.status({ client_id: DEFAULT_CLIENT, identifier }) })).body;

t.test('status is none (expires_at null) before any login ceremony', async (t) => {
  t.same(await status('never@example.com'), { status: 'none', expires_at: null });
});

t.test('status goes pending → verified, and reports the challenge expiry', async (t) => {
  const { passkey, finishUrl } = await startLogin(h, ALICE.email, alice.authenticator);
  const pending = await status(ALICE.email);
  t.equal(pending.status, 'pending');
  t.equal(pending.expires_at, new Date(h.services.clock.nowMs() + 300_000).toISOString());
  t.equal((await h.call({ method: 'POST', url: finishUrl, payload: { passkey } })).status, 200);
  t.same(await status(ALICE.email), { status: 'verified', expires_at: pending.expires_at });
});

t.test('a failed finish leaves the ceremony pending until its challenge times out, then expired', async (t) => {
  const { passkey, finishUrl } = await startLogin(h, ALICE.email, alice.authenticator, { origin: 'http://evil.test' });
  t.equal((await h.call({ method: 'POST', url: finishUrl, payload: { passkey } })).status, 401);
  t.equal((await status(ALICE.email)).status, 'pending');
  h.services.clock.advance(300_000);
  t.equal((await status(ALICE.email)).status, 'expired');
});

t.test('status reports the latest ceremony and the identifier in any case', async (t) => {
  await startLogin(h, ALICE.email, alice.authenticator);
  t.equal((await status('ALICE@EXAMPLE.COM')).status, 'pending');
});

t.test('status needs an identifier', async (t) => {
  const res = await h.call({ url: paths.status({ client_id: DEFAULT_CLIENT }) });
  t.equal(res.status, 400);
  t.match(res.body.error_description, /query.identifier is required/);
});
