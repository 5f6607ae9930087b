import t from 'tap';
import { build, isError } from '../helper.js';
import { attestationCertificates, attestationStatement, fixtureNames, loadFixture, replayFixture, withFlippedSignature } from '../fixtures/webauthn-replay.js';

/**
 * Real captured registration responses (fixtures/webauthn/), replayed through the HTTP API on
 * the sandbox clock: each registers at the instant it was captured, is refused in plain words
 * once its certificates have expired, and is refused with a signature error when one byte of
 * its signature changes.
 */
const h = await build(t);
const DAY = 86_400_000;

/** Whether each fixture's statement chains to a root the sandbox knows, with the fixture's own client. */
const trustedWithFixtureClient: Record<string, boolean> = {
  none: false,
  'none-android-app': false,
  'packed-self': false,
  'packed-x5c-yubikey': true,
  'fido-u2f-yubikey': true,
  'tpm-rsa': false,
  'tpm-ecc-windows-hello': true,
  'android-key-pixel-8a': true,
  'android-safetynet': true,
  apple: true,
};

t.same(fixtureNames(), Object.keys(trustedWithFixtureClient).sort(), 'every fixture in fixtures/webauthn/ is replayed here');

async function journalExplanation() {
  const entries = (await h.call({ url: '/__sandbox/requests?limit=1' })).body;
  return entries[entries.length - 1]?.explanation as string | undefined;
}

for (const name of fixtureNames()) {
  const fx = loadFixture(name);
  t.test(`${name} (${fx.device}, ${fx.format}) registers at its capture instant ${fx.captured_at}`, async (t) => {
    const res = await replayFixture(h, fx);
    t.equal(res.status, 200, JSON.stringify(res.body));
    const state = await h.state();
    const credential = state.credentials.find((c: { client_id: string }) => c.client_id === res.clientId);
    t.equal(credential?.attestation_type, fx.format, 'the credential is stored with its attestation format');
    t.equal(credential?.trusted, trustedWithFixtureClient[name], 'trusted says whether the statement chained to a known root');
  });

  const certificates = attestationCertificates(fx);
  if (certificates.length > 0) {
    const expiry = new Date(Math.min(...certificates.map((c) => new Date(c.validTo).getTime())));
    const dayAfter = new Date(expiry.getTime() + DAY).toISOString();
    t.test(`${name} is refused with the expiry words a day after its first certificate expires (${dayAfter})`, async (t) => {
      const res = await replayFixture(h, fx, { at: dayAfter });
      isError(t, res, 400, 'passkey_registration_failed', /certificateValidity check failed/);
      const text: string = res.body.error_description;
      t.match(text, `${fx.format} attestation: the certificate expired on ${expiry.toISOString()}, before the sandbox instant`, 'names the format and the expiry');
      t.match(text, /Certificate: ".*" issued by ".*", valid \S+ to \S+\./, 'names the certificate by subject, issuer and validity window');
      t.match(text, `Sandbox instant: ${dayAfter}`, 'names the sandbox instant');
      t.match(text, /Way out: pin the sandbox clock inside the certificate's validity window, e\.g\. POST \/__sandbox\/clock/, 'says how to get past it');
      t.notMatch(text, /BEGIN CERTIFICATE|\n/, 'one line, no PEM');
      t.match(await journalExplanation(), text.slice(text.indexOf('certificateValidity')), 'the journal carries the same words');
    });
  } else {
    t.test(`${name} carries no certificate, so it still registers a year after its capture`, async (t) => {
      const res = await replayFixture(h, fx, { at: new Date(new Date(fx.captured_at).getTime() + 365 * DAY).toISOString() });
      t.equal(res.status, 200, JSON.stringify(res.body));
    });
  }

  const flipped = withFlippedSignature(fx);
  if (flipped) {
    t.test(`${name} with one byte of its attestation signature flipped is refused with a signature error`, async (t) => {
      const res = await replayFixture(h, fx, { response: flipped });
      isError(t, res, 400, 'passkey_registration_failed', /^Passkey registration failed: (signature|certificateSignature) check failed: /);
      t.match(res.body.error_description, /does not verify/);
    });
  } else {
    t.test(`${name} is a none attestation: there is no signature to flip`, async (t) => {
      t.equal(fx.format, 'none');
      t.equal(attestationStatement(fx).size, 0, 'its attStmt is empty');
    });
  }
}
