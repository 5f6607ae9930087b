// The parsed-spec cache (dist/openapi.json, written by npm run build) must be the YAML exactly,
// and is ignored once openapi.yaml changes (its SHA-256 no longer matches).
import t from 'tap';
import { parse } from 'yaml';
import { loadSpec, specText } from '../../src/openapi/spec.js';

t.test('loadSpec is the YAML document, whether or not a build wrote the cache', async (t) => {
  t.same(loadSpec(), parse(specText()));
});

