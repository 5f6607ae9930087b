// Spec-driven fuzzing of the emulated SSOJet API (issue #6): initiatePasskeyLogin,
// finishPasskeyAuthentication, passkeyRegistrationInitialize, completePasskeyRegistration,
// checkPasskeyAuthStatus, listPasskeyCredentials, updatePasskeyName, deletePasskey,
// getAuthStatus, the seven MFA operations, the ten passwordless ones (magic link, email and SMS OTP),
// refreshToken, accessTokenByAuthCode, getJwks. Every operation outside
// /__sandbox/ in openapi.yaml is walked, but the management API's (test/fuzz/management-api.test.ts walks those,
// in a process of its own), nor the OIDC face's (test/fuzz/oidc-api.test.ts);
// FUZZ_RUNS cases each (default 250), seeded by FUZZ_SEED. See test/fuzz/lib/fuzz-runner.ts.
import t from 'tap';
import { FUZZ_RUNS, fuzzOperations, report } from './lib/fuzz-runner.js';
import { isManagement, isOidc } from './lib/spec-ops.js';

t.test('fuzz every SSOJet operation of openapi.yaml: no 5xx, envelope + spec, no state change on refusal', async (t) => {
  const figures = await fuzzOperations(t, (op) => !op.path.startsWith('/__sandbox/') && !isManagement(op) && !isOidc(op), () => FUZZ_RUNS);
  const total = report(t, 'SSOJet API', figures);
  if (!process.env.FUZZ_ONLY) {
    t.equal(figures.length, 29, 'all twenty-nine emulated SSOJet operations (nine passkey, seven MFA, ten passwordless, two token, the JWKS) were fuzzed');
    t.ok(total.total >= 10 * FUZZ_RUNS, `${total.total} cases ran`);
  }
});
