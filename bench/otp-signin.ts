// #14's figure: an email-OTP sign-in (Email a Magic Auth Code, then Verify Magic Auth Code)
// beside a passkey sign-in (initiate + finish), each as server CPU per sign-in against two
// bare-Fastify requests, in 1 s slices alternated with the baseline so all three see the same
// machine load. The code is derived in the load generator as the sandbox derives it
// (CONTRACT-API §3, src/services/passwordless/codes.ts), checked once against the outbox, so
// the timed part holds only the two requests of a sign-in.
import type autocannon from 'autocannon';
import { otpCode } from '../src/services/passwordless/codes.js';
import { CLIENT, cannon, json, startBaseline, startSandbox, summarize, type Load } from './lib.js';
import { ct, registerPasskey, session, signInSequence } from './flows.js';
import type { PhaseReport } from './phase-report.js';

const P = '/api/v1/auth/passwordless';
const EMAIL = 'alice@example.com';
const SEED = 1; // the sandbox's default SEED, which startSandbox does not change

/** send → verify per connection; the second request carries the code of the first one's state. */
function otpSequence(): autocannon.Request[] {
  type Ctx = { state?: string; code?: string };
  return [
    {
      method: 'POST', path: `${P}/magic-otp/send?client_id=${CLIENT}`, headers: ct, body: JSON.stringify({ email: EMAIL }),
      onResponse: (_s: number, body: string, c: Ctx) => { c.state = JSON.parse(body).state; c.code = otpCode(SEED, CLIENT, c.state ?? '', 1, 6); },
    } as autocannon.Request,
    {
      method: 'POST', path: `${P}/email-otp/verify?client_id=${CLIENT}`, headers: ct,
      setupRequest: (req: autocannon.Request, c: Ctx) => ({ ...req, body: JSON.stringify({ state: c.state, otp: c.code }) }),
    } as autocannon.Request,
  ];
}

/** One send read back from the outbox: the derivation above must give the code the "email" carries. */
async function checkDerivation(url: string): Promise<void> {
  const sent = await json(`${url}${P}/magic-otp/send?client_id=${CLIENT}`, { method: 'POST', body: { email: EMAIL } });
  const mail = await json(`${url}/__sandbox/outbox/next?state=${sent.body.state}&timeout_ms=5000`);
  const derived = otpCode(SEED, CLIENT, sent.body.state, 1, 6);
  if (mail.body.code !== derived) throw new Error(`otp derivation: outbox has ${mail.body.code}, derived ${derived}`);
  const verified = await json(`${url}${P}/email-otp/verify?client_id=${CLIENT}`, { method: 'POST', body: { state: sent.body.state, otp: derived } });
  if (verified.status !== 200) throw new Error(`verify: ${verified.status} ${JSON.stringify(verified.body)}`);
}

export async function otpSignIn(report: PhaseReport): Promise<void> {
  const slices = report.quick ? 3 : 10;
  const bs = await startBaseline();
  const sb = await startSandbox();
  try {
    await checkDerivation(sb.url);
    const alice = await session(sb.url, EMAIL);
    const signer = await registerPasskey(sb.url, alice.token);
    const base = () => cannon({ url: `${bs.url}/`, duration: 1, pid: bs.pid });
    const passkey = () => cannon({ url: sb.url, duration: 1, requests: signInSequence(EMAIL, signer), pid: sb.pid });
    const otp = () => cannon({ url: sb.url, duration: 1, requests: otpSequence(), pid: sb.pid });
    await base(); await passkey(); await otp(); // warm-up, not measured
    const runs: Record<'base' | 'passkey' | 'otp', Load[]> = { base: [], passkey: [], otp: [] };
    for (let i = 0; i < slices; i++) {
      runs.base.push(await base());
      runs.passkey.push(await passkey());
      runs.otp.push(await otp());
    }
    const [b, pk, ot] = [summarize(runs.base), summarize(runs.passkey), summarize(runs.otp)];
    report.raw.otpSignIn = { baseline: b, passkey: pk, otp: ot };
    const floor = 2 * (b.cpuUsPerReq ?? NaN); // two bare-Fastify requests per sign-in
    for (const [name, load] of [['passkey sign-in (initiate + finish)', pk], ['email-OTP sign-in (send + verify)', ot]] as const) {
      const bad = load.errors + load.unexpected;
      report.log(`${name}: ${(load.rps / 2).toFixed(0)} sign-ins/s, ${(2 * (load.cpuUsPerReq ?? NaN)).toFixed(0)} us CPU per sign-in vs ${floor.toFixed(0)} us for two bare-Fastify requests${bad ? ` (!! ${bad} bad responses)` : ''}`);
      report.row({ figure: `${name}: server CPU per sign-in (baseline: 2 bare-Fastify requests)`, unit: 'us', value: 2 * (load.cpuUsPerReq ?? NaN), baseline: floor, target: '-', met: bad === 0 ? null : false });
      report.row({ figure: `${name}: sign-ins/s, sandbox on one core`, unit: '/s', value: load.rps / 2, baseline: b.rps / 2, target: `p50 ${load.p50.toFixed(2)} ms, p99 ${load.p99.toFixed(2)} ms per request`, met: null });
    }
  } finally {
    await sb.stop();
    await bs.stop();
  }
}
