// Spec-driven fuzzing of the OIDC face (issue #17, CONTRACT-OIDC.md): discovery, JWKS,
// authorize, token, userinfo, logout, revoke, the /oauth/* aliases and the sign-in page's own
// operations (tag oidc). FUZZ_RUNS cases each (default 250; the aliases a fifth, as they run
// the same handlers), seeded by FUZZ_SEED. See test/fuzz/lib/fuzz-runner.ts and lib/oidc-providers.ts.
import t from 'tap';
import { FUZZ_RUNS, fuzzOperations, report } from './lib/fuzz-runner.js';
import { oidcAliases } from './lib/oidc-providers.js';
import { isOidc, specOperations } from './lib/spec-ops.js';

t.test('fuzz every OIDC operation of openapi.yaml: no 5xx, envelope or declared page + spec, no state change on refusal', async (t) => {
  const runsFor = (op: { operationId: string }) => (oidcAliases.has(op.operationId) ? Math.ceil(FUZZ_RUNS / 5) : FUZZ_RUNS);
  const figures = await fuzzOperations(t, isOidc, runsFor);
  const total = report(t, 'OIDC face', figures);
  if (!process.env.FUZZ_ONLY) {
    t.equal(figures.length, specOperations().filter(isOidc).length, 'every OIDC operation was fuzzed');
    t.equal(figures.length, 20, 'the 13 operations of the OIDC face and aliases, and the sign-in page\'s 7');
    t.ok(total.total >= 10 * FUZZ_RUNS, `${total.total} cases ran`);
  }
});
