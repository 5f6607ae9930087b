// Verified Bearer tokens are cached (issue #5), but time is still checked on every use:
// listPasskeyCredentials with a token before and after it expires, and after reset.
import t from 'tap';
import { ALICE, build, DEFAULT_CLIENT, isError, paths } from '../helper.js';

t.test('a token accepted once is refused once expired, with the same words as an uncached one', async (t) => {
  const h = await build(t, { tokenTtl: 60 });
  const token = await h.session(ALICE.email);
  const list = () => h.call({ url: paths.credentials({ client_id: DEFAULT_CLIENT }), headers: { authorization: `Bearer ${token}` } });
  t.equal((await list()).status, 200);
  t.equal((await list()).status, 200, 'accepted again (from the cache)');
  h.services.clock.advance(60_000);
  const expired = await list();
  isError(t, expired, 401, 'invalid_token', /The Bearer token was refused: "exp" claim timestamp check failed/);

  const other = await h.session(ALICE.email); // never cached before it expires
  h.services.clock.advance(60_000);
  const uncached = await h.call({ url: paths.credentials({ client_id: DEFAULT_CLIENT }), headers: { authorization: `Bearer ${other}` } });
  t.equal(uncached.body.error_description, expired.body.error_description);
});

t.test('a token is not accepted before its nbf, even if cached (clock moved back)', async (t) => {
  const h = await build(t);
  const token = await h.session(ALICE.email);
  const list = () => h.call({ url: paths.credentials({ client_id: DEFAULT_CLIENT }), headers: { authorization: `Bearer ${token}` } });
  t.equal((await list()).status, 200);
  await h.call({ method: 'POST', url: '/__sandbox/clock', payload: { now: '2025-12-31T00:00:00Z' } });
  isError(t, await list(), 401, 'invalid_token', /"nbf" claim timestamp check failed/);
});
