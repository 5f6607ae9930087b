// Tests of operation getMfaQrCode (openapi.yaml), through HTTP: the PNG decodes back to the URI.
import jsQRModule from 'jsqr';
import { PNG } from 'pngjs';
import t from 'tap';
import { ALICE, BOB, build, enrolTotp, isError, mfaBearer, mfaPaths, PINNED, rfc6238 } from '../helper.js';

// jsqr is CommonJS with a default export: under NodeNext the function is its `default`.
const jsQR = ((jsQRModule as unknown as { default?: typeof jsQRModule }).default ?? jsQRModule) as unknown as (data: Uint8ClampedArray, width: number, height: number) => { data: string } | null;
const h = await build(t);

t.test('the QR code is a PNG that decodes to the barcode_uri, whose secret gives a code the sandbox accepts', async (t) => {
  const { auth, barcode_uri } = await enrolTotp(h, ALICE.email, { pending: true });
  const res = await h.call({ url: mfaPaths.qrCode(), headers: auth });
  t.equal(res.status, 200);
  t.equal(res.headers['content-type'], 'image/png');
  const png = PNG.sync.read(res.raw.rawPayload);
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  t.ok(decoded, 'jsQR finds a QR code in the picture');
  t.equal(decoded!.data, barcode_uri);
  const uri = new URL(decoded!.data);
  t.equal(decoded!.data.split('?')[0], 'otpauth://totp/ssojet-sandbox:alice%40example.com', 'issuer:account label');
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
