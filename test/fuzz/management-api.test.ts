// Spec-driven fuzzing of the management API (issue #16, CONTRACT-API.md §6): users,
// organizations, roles and permissions, configuration. Every operation tagged users,
// organizations or roles in openapi.yaml is walked; FUZZ_RUNS / 2 cases each (default 125),
// seeded by FUZZ_SEED. See test/fuzz/lib/fuzz-runner.ts and lib/management-providers.ts.
import t from 'tap';
import { FUZZ_RUNS, fuzzOperations, report } from './lib/fuzz-runner.js';
import { isManagement, specOperations } from './lib/spec-ops.js';

t.test('fuzz every management operation of openapi.yaml: no 5xx, envelope + spec, no state change on refusal', async (t) => {
  const runs = Math.ceil(FUZZ_RUNS / 2);
  const figures = await fuzzOperations(t, isManagement, () => runs);
  const total = report(t, 'management API', figures);
  if (!process.env.FUZZ_ONLY) {
    t.equal(figures.length, specOperations().filter(isManagement).length, 'every management operation was fuzzed');
    t.equal(figures.length, 26, "the 24 endpoints of CONTRACT-API.md §6 as 26 operations (the /api/api/users alias, Update and Delete Organization's second paths, the id-less Delete User; Configuration by client id and by domain share one)");
    t.ok(total.total >= figures.length * runs, `${total.total} cases ran`);
  }
});
