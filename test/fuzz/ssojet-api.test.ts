// Spec-driven fuzzing of the emulated SSOJet API (issue #6): initiatePasskeyLogin,
// finishPasskeyAuthentication, passkeyRegistrationInitialize, completePasskeyRegistration,
// checkPasskeyAuthStatus, listPasskeyCredentials, updatePasskeyName, deletePasskey,
// getAuthStatus, getJwks, the MFA group, and the OIDC face (discovery, JWKS, authorize, token,
// userinfo, logout, revoke and the /oauth/* aliases). Every operation outside /__sandbox/ in openapi.yaml is walked;
// FUZZ_RUNS cases each (default 250), seeded by FUZZ_SEED. See test/fuzz/lib/fuzz-runner.ts.
import t from 'tap';
import { FUZZ_RUNS, fuzzOperations, report } from './lib/fuzz-runner.js';
import { oidcAliases } from './lib/oidc-providers.js';

t.test('fuzz every SSOJet operation of openapi.yaml: no 5xx, envelope + spec, no state change on refusal', async (t) => {
  const figures = await fuzzOperations(t, (op) => !op.path.startsWith('/__sandbox/'), (op) => (oidcAliases.has(op.operationId) ? Math.ceil(FUZZ_RUNS / 5) : FUZZ_RUNS));
  const total = report(t, 'SSOJet API', figures);
  if (!process.env.FUZZ_ONLY) {
    t.equal(figures.length, 37, 'all thirty-seven emulated SSOJet operations (ten passkey and token, seven MFA, twenty OIDC) were fuzzed');
    t.ok(total.total >= 10 * FUZZ_RUNS, `${total.total} cases ran`);
  }
});
