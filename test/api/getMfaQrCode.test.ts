// Tests of operation getMfaQrCode (openapi.yaml), through HTTP: the PNG decodes back to the URI.
import { TOTP, URI } from 'otpauth';
import t from 'tap';
import { decodeQr } from '../decode-qr.js';
import { ALICE, BOB, build, enrolTotp, isError, mfaBearer, mfaPaths, PINNED, rfc6238 } from '../helper.js';

const h = await build(t);

t.test('the QR code is a PNG that decodes to the barcode_uri, whose secret gives a code the sandbox accepts', async (t) => {
  const { auth, barcode_uri } = await enrolTotp(h, ALICE.email, { pending: true });
  const res = await h.call({ url: mfaPaths.qrCode(), headers: auth });
  t.equal(res.status, 200);
  t.equal(res.headers['content-type'], 'image/png');
  const decoded = decodeQr(res.raw.rawPayload);
  t.ok(decoded, 'jsQR finds a QR code in the picture');
  t.equal(decoded, barcode_uri);
  const uri = new URL(decoded!);
  t.equal(decoded!.split('?')[0], 'otpauth://totp/ssojet-sandbox:alice%40example.com', 'issuer:account label');
  t.same(Object.fromEntries(uri.searchParams), { secret: uri.searchParams.get('secret'), issuer: 'ssojet-sandbox', algorithm: 'SHA1', digits: '6', period: '30' });
  const code = rfc6238(uri.searchParams.get('secret')!, Date.parse(PINNED));
  const ok = await h.call({ method: 'POST', url: mfaPaths.validate(), headers: auth, payload: { otp: code } });
  t.equal(ok.status, 200, 'the code computed from the decoded picture activates the enrolment');
});

t.test('the same enrolment gives the same PNG bytes', async (t) => {
  const { auth } = await enrolTotp(h, BOB.email, { pending: true });
  const a = await h.call({ url: mfaPaths.qrCode(), headers: auth });
  const b = await h.call({ url: mfaPaths.qrCode(), headers: auth });
  t.ok(a.raw.rawPayload.equals(b.raw.rawPayload));
});

t.test('a user without a TOTP enrolment gets 404', async (t) => {
  await h.call({ method: 'POST', url: '/__sandbox/reset' });
  const auth = await mfaBearer(h, ALICE.email);
  isError(t, await h.call({ url: mfaPaths.qrCode(), headers: auth }), 404, 'resource_not_found', /has no TOTP enrolment, so there is no QR code/);
});

t.test('a client with its own policy.mfa_issuer shows it in the otpauth URI and the QR code, and its code is accepted', async (t) => {
  const issuer = 'Acme Corp & Café';
  const client = (await h.call({ method: 'POST', url: '/__sandbox/clients', payload: { name: 'Acme', policy: { mfa_issuer: issuer } } })).body;
  t.equal(client.policy.mfa_issuer, issuer, 'GET-able as set');
  await h.call({ method: 'POST', url: '/__sandbox/users', payload: { client_id: client.client_id, email: 'carol@example.com' } });
  const { auth, barcode_uri } = await enrolTotp(h, 'carol@example.com', { clientId: client.client_id, pending: true });
  t.equal(barcode_uri.split('?')[0], 'otpauth://totp/Acme%20Corp%20%26%20Caf%C3%A9:carol%40example.com', 'issuer:account label, percent-encoded');
  const decoded = decodeQr((await h.call({ url: mfaPaths.qrCode(client.client_id), headers: auth })).raw.rawPayload)!;
  t.equal(decoded, barcode_uri, 'the picture carries the same URI');
  const parsed = URI.parse(decoded) as TOTP;
  t.equal(parsed.issuer, issuer, 'an authenticator app (otpauth\'s parser) reads the issuer back');
  t.equal(parsed.label, 'carol@example.com', 'and the account');
  const ok = await h.call({ method: 'POST', url: mfaPaths.validate(client.client_id), headers: auth, payload: { otp: rfc6238(parsed.secret.base32, Date.parse(PINNED)) } });
  t.equal(ok.status, 200);
});

t.test('an mfa_issuer with a colon is refused at client creation, since apps would split the label there', async (t) => {
  const before = (await h.call({ url: '/__sandbox/clients' })).body;
  const res = await h.call({ method: 'POST', url: '/__sandbox/clients', payload: { policy: { mfa_issuer: 'Acme: Corp' } } });
  isError(t, res, 400, 'invalid_request_body', /body\.policy\.mfa_issuer must match pattern/);
  t.same((await h.call({ url: '/__sandbox/clients' })).body, before, 'no client was made');
});
