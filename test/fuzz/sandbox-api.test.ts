// Spec-driven fuzzing of the sandbox control API (issue #6): every /__sandbox/ operation of
// openapi.yaml (sandboxHealth, sandboxReset, sandboxListClients, sandboxCreateClient,
// sandboxListUsers, sandboxCreateUser, sandboxCreateSession, sandboxGetState, sandboxPutState,
// sandboxGetClock, sandboxSetClock, sandboxListAuthenticators, sandboxCreateAuthenticator,
// sandboxAuthenticatorCreate, sandboxAuthenticatorGet, sandboxListAuthenticatorCredentials,
// sandboxListRequests, sandboxListFaults, sandboxCreateFault, sandboxClearFaults, sandboxDemo,
// sandboxDemoAsset, sandboxListOutbox, sandboxNextOutboxMessage, sandboxClearOutbox,
// sandboxOutboxView, sandboxGetMfaTotp, sandboxCreateSsoCode).
// FUZZ_RUNS / 3 cases each (default 84), seeded by FUZZ_SEED. See test/fuzz/lib/fuzz-runner.ts.
import t from 'tap';
import { FUZZ_RUNS, fuzzOperations, report } from './lib/fuzz-runner.js';
import { specOperations } from './lib/spec-ops.js';

t.test('fuzz every control operation of openapi.yaml: no 5xx, envelope + spec, no state change on refusal', async (t) => {
  const runs = Math.ceil(FUZZ_RUNS / 3);
  const figures = await fuzzOperations(t, (op) => op.path.startsWith('/__sandbox/'), () => runs);
  const total = report(t, 'sandbox control API', figures);
  const expected = specOperations().filter((op) => op.path.startsWith('/__sandbox/')).length;
  if (!process.env.FUZZ_ONLY) {
    t.equal(figures.length, expected, `all ${expected} control operations were fuzzed`);
    t.ok(total.total >= expected * runs, `${total.total} cases ran`);
  }
});
