// Every refusal of CONTRACT-API.md §5 (B1-B7 and the mfa_token's scope), through HTTP: each in
// SSOJet's envelope, and each leaving the state document byte for byte as it was. A wrong code
// is the one refusal that must change something (it counts towards burning the Bearer): it
// changes mfa_token_uses and nothing else.
import t from 'tap';
import { ALICE, BOB, build, clientSecretOf, DEFAULT_CLIENT, enrolTotp, isError, mfaBearer, mfaPaths, paths } from '../helper.js';

const h = await build(t);
const rawState = async () => (await h.call({ url: '/__sandbox/state' })).raw.body;

// Setup: Alice active (and a Bearer of hers to burn, one to let expire); Bob with no factor;
// a second client whose Alice holds a token of her own.
const stale = await mfaBearer(h, ALICE.email);
await h.call({ method: 'POST', url: '/__sandbox/clock', payload: { advance_ms: 300_000 } });
await enrolTotp(h, ALICE.email);
const burnt = await mfaBearer(h, ALICE.email);
for (let i = 0; i < 5; i++) await h.call({ method: 'POST', url: mfaPaths.validate(), headers: burnt, payload: { otp: '000000' } });
const other = (await h.call({ method: 'POST', url: '/__sandbox/clients', payload: { name: 'Other' } })).body;
await h.call({ method: 'POST', url: '/__sandbox/users', payload: { client_id: other.client_id, email: ALICE.email } });
const foreign = await mfaBearer(h, ALICE.email, other.client_id);
const fresh = await mfaBearer(h, ALICE.email);
const bob = await mfaBearer(h, BOB.email);
const secret = { 'x-client-secret': await clientSecretOf(h) };

type Row = [what: string, method: 'GET' | 'POST', url: string, headers: Record<string, string>, payload: object | undefined, status: number, error: string, description: RegExp];
const rows: Row[] = [
  ['B1 without x-client-secret', 'POST', mfaPaths.token(), {}, { identifier: ALICE.email }, 401, 'invalid_client', /x-client-secret header, and none was sent/],
  ['B1 with a wrong secret', 'POST', mfaPaths.token(), { 'x-client-secret': 'sk_wrong' }, { identifier: ALICE.email }, 401, 'invalid_client', /does not match/],
  ['B1 with another client\'s secret', 'POST', mfaPaths.token(), { 'x-client-secret': other.client_secret }, { identifier: ALICE.email }, 401, 'invalid_client', /does not match/],
  ['B1 for an unknown identifier', 'POST', mfaPaths.token(), secret, { identifier: 'nobody@example.com' }, 404, 'resource_not_found', /no user with identifier nobody@example\.com/],
  ['B1 without identifier', 'POST', mfaPaths.token(), secret, {}, 400, 'invalid_request_body', /body\.identifier/],
  ['B1 of an unknown client', 'POST', mfaPaths.token('cli_nobody'), secret, { identifier: ALICE.email }, 401, 'invalid_client', /cli_nobody/],
  ['B2 without a Bearer', 'GET', mfaPaths.authenticators(), {}, undefined, 401, 'invalid_mfa_token', /Authorization: Bearer <mfa_token> is required/],
  ['B2 with an expired mfa_token', 'GET', mfaPaths.authenticators(), stale, undefined, 401, 'invalid_mfa_token', /exp/],
  ['B2 with a burnt mfa_token', 'GET', mfaPaths.authenticators(), burnt, undefined, 401, 'invalid_mfa_token', /burnt after 5 wrong codes/],
  ['B2 with another client\'s mfa_token', 'GET', mfaPaths.authenticators(), foreign, undefined, 401, 'invalid_mfa_token', new RegExp(`issued to client ${other.client_id}, not ${DEFAULT_CLIENT}`)],
  ['B3 while an enrolment is active', 'POST', mfaPaths.enroll(), fresh, {}, 409, 'mfa_already_enrolled', /already has an active TOTP authenticator/],
  ['B3 with a field in the body', 'POST', mfaPaths.enroll(), bob, { secret: 'x' }, 400, 'invalid_request_body', /body\.secret/],
  ['B4 otp without a factor', 'POST', mfaPaths.initiate(), bob, { authenticator_type: 'otp' }, 400, 'mfa_not_enrolled', /no active TOTP authenticator/],
  ['B4 oob without a factor', 'POST', mfaPaths.initiate(), bob, { authenticator_type: 'oob', oob_channels: 'email' }, 400, 'mfa_not_enrolled', /no active TOTP authenticator/],
  ['B4 oob without oob_channels', 'POST', mfaPaths.initiate(), fresh, { authenticator_type: 'oob' }, 400, 'invalid_request_body', /body\.oob_channels is required/],
  ['B4 oob by sms to a user without a phone', 'POST', mfaPaths.initiate(), fresh, { authenticator_type: 'oob', oob_channels: 'sms' }, 400, 'mfa_not_enrolled', /no phone number/],
  ['B4 of an unknown authenticator_type', 'POST', mfaPaths.initiate(), fresh, { authenticator_type: 'push' }, 400, 'invalid_request_body', /authenticator_type/],
  ['B5 without a TOTP enrolment', 'GET', mfaPaths.qrCode(), bob, undefined, 404, 'resource_not_found', /no QR code/],
  ['B6 without a factor', 'POST', mfaPaths.validate(), bob, { otp: '123456' }, 400, 'mfa_not_enrolled', /no active TOTP authenticator/],
  ['B6 with an unknown oob_code', 'POST', mfaPaths.validate(), fresh, { oob_code: 'ab'.repeat(26), otp: '123456' }, 400, 'invalid_oob_code', /is not a challenge of user/],
  ['B6 without otp', 'POST', mfaPaths.validate(), fresh, {}, 400, 'invalid_request_body', /body\.otp/],
  ['B6 with a burnt mfa_token', 'POST', mfaPaths.validate(), burnt, { otp: '123456' }, 401, 'invalid_mfa_token', /burnt/],
  ['B7 without a factor', 'GET', mfaPaths.backupCodes(), bob, undefined, 400, 'mfa_not_enrolled', /no active TOTP authenticator/],
  ['the mfa_token outside /api/v1/auth/mfa/', 'GET', paths.credentials({ client_id: DEFAULT_CLIENT }), fresh, undefined, 401, 'invalid_token', /works only on \/api\/v1\/auth\/mfa\/\*/],
];

for (const [what, method, url, headers, payload, status, error, description] of rows) {
  t.test(`${what} is ${status} ${error} and changes no state`, async (t) => {
    const before = await rawState();
    isError(t, await h.call({ method, url, headers, ...(payload === undefined ? {} : { payload }) }), status, error, description);
    t.equal(await rawState(), before);
  });
}

t.test('a wrong code is 400 invalid_otp and changes only the Bearer\'s count of wrong codes', async (t) => {
  const { mfa_token_uses: usesBefore, ...before } = JSON.parse(await rawState());
  isError(t, await h.call({ method: 'POST', url: mfaPaths.validate(), headers: fresh, payload: { otp: '000000' } }), 400, 'invalid_otp', /wrong code 1 of 5/);
  const { mfa_token_uses: usesAfter, ...after } = JSON.parse(await rawState());
  t.same(after, before, 'everything but mfa_token_uses is as it was');
  t.equal(usesAfter.length, usesBefore.length + 1, 'one more Bearer has a wrong code counted');
});
