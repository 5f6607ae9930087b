// The client id as SSOJet's own samples carry it (CONTRACT-API F2): empty, repeated, in the
// query and the header; checked on operations of three groups, through HTTP.
import t from 'tap';
import { ALICE, build, DEFAULT_CLIENT, isError } from '../helper.js';

const h = await build(t);
const other = (await h.call({ method: 'POST', url: '/__sandbox/clients', payload: { name: 'other' } })).body.client_id as string;

const status = (query: string) => `/api/v1/auth/passwordless/passkey/status?identifier=${ALICE.email}${query}`;
const mfaToken = (query: string) => `/api/v1/auth/mfa/token?${query.slice(1)}`;

t.test("an empty ?client_id= beside the id in x-client-id is accepted (SSOJet's MFA curl samples)", async (t) => {
  const res = await h.call({ url: status('&client_id='), headers: { 'x-client-id': DEFAULT_CLIENT } });
  t.equal(res.status, 200, JSON.stringify(res.body));
  t.same(res.body, { status: 'none', expires_at: null });
});

t.test("a repeated client_id counts by its first non-empty value (SSOJet's client_id=string&client_id=)", async (t) => {
  t.equal((await h.call({ url: status(`&client_id=${DEFAULT_CLIENT}&client_id=`) })).status, 200, 'id then empty');
  t.equal((await h.call({ url: status(`&client_id=&client_id=${DEFAULT_CLIENT}`) })).status, 200, 'empty then id');
  t.equal((await h.call({ url: status(`&client_id=${DEFAULT_CLIENT}&client_id=${DEFAULT_CLIENT}`) })).status, 200, 'the same id twice');
});

t.test('an empty x-client-id header beside the query id is accepted (the x-client-id; of the samples)', async (t) => {
  const res = await h.call({ url: status(`&client_id=${DEFAULT_CLIENT}`), headers: { 'x-client-id': '' } });
  t.equal(res.status, 200, JSON.stringify(res.body));
});

t.test('a repeated x-client-id header counts by its first non-empty value', async (t) => {
  const res = await h.call({ url: status(''), headers: { 'x-client-id': [DEFAULT_CLIENT, ''] as unknown as string } });
  t.equal(res.status, 200, JSON.stringify(res.body));
  const same = await h.call({ url: status(''), headers: { 'x-client-id': [DEFAULT_CLIENT, DEFAULT_CLIENT] as unknown as string } });
  t.equal(same.status, 200, JSON.stringify(same.body));
});

t.test('two different non-empty client ids in the query are a 400 client_id_conflict naming both', async (t) => {
  isError(t, await h.call({ url: status(`&client_id=${DEFAULT_CLIENT}&client_id=${other}`) }), 400, 'client_id_conflict',
    new RegExp(`query\\.client_id was sent more than once with different values \\(${DEFAULT_CLIENT}, ${other}\\); send one client id`));
});

t.test('two different non-empty x-client-id headers are a 400 client_id_conflict naming both', async (t) => {
  isError(t, await h.call({ url: status(''), headers: { 'x-client-id': [DEFAULT_CLIENT, other] as unknown as string } }), 400, 'client_id_conflict',
    new RegExp(`header x-client-id was sent more than once with different values \\(${DEFAULT_CLIENT}, ${other}\\)`));
});

t.test('query and header with different non-empty ids are a 400, whatever empty values come along', async (t) => {
  isError(t, await h.call({ url: status(`&client_id=&client_id=${other}`), headers: { 'x-client-id': DEFAULT_CLIENT } }), 400, 'client_id_conflict',
    new RegExp(`query\\.client_id \\(${other}\\) and header x-client-id \\(${DEFAULT_CLIENT}\\) differ`));
});

t.test('only empty values are a missing client id: 400 client_id_required', async (t) => {
  isError(t, await h.call({ url: status('&client_id=&client_id='), headers: { 'x-client-id': '' } }), 400, 'client_id_required', /send it as the client_id query parameter or the x-client-id header/);
});

t.test('a body operation (MFA Access Token) takes the empty query id and the header id too', async (t) => {
  const secret = (await h.call({ url: '/__sandbox/clients' })).body[0].client_secret as string;
  const res = await h.call({ method: 'POST', url: mfaToken('&client_id='), headers: { 'x-client-id': DEFAULT_CLIENT, 'x-client-secret': secret }, payload: { identifier: ALICE.email } });
  t.equal(res.status, 200, JSON.stringify(res.body));
});

t.test('a client id with characters no client id has is still refused as unknown', async (t) => {
  isError(t, await h.call({ url: status('&client_id=cli%20x') }), 401, 'invalid_client', /no client cli x/);
});
