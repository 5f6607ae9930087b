// CONTRACT-API §0 F3: SSOJet's Delete Associated Passkey page exists (slug
// delete-associated-passkey), so the operation is `partial`, sourced from that page, and the README
// no longer lists it among the operations SSOJet does not document.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { packageRoot } from '../../src/lib/package-root.js';
import { loadSpec } from '../../src/openapi/spec.js';

type Operation = { operationId?: string; 'x-fidelity'?: string; 'x-fidelity-notes'?: string; 'x-source'?: string };

const paths = loadSpec().paths as Record<string, Record<string, Operation>>;
const found = Object.values(paths).flatMap((item) => Object.values(item)).filter((op) => op?.operationId === 'deletePasskey');

t.test('deletePasskey is marked partial and sourced from SSOJet\'s delete-associated-passkey page', async (t) => {
  t.equal(found.length, 1, 'one operation has the id deletePasskey');
  const [op] = found;
  t.equal(op['x-fidelity'], 'partial');
  const source = new URL(String(op['x-source']));
  t.equal(source.protocol, 'https:');
  t.equal(source.pathname.split('/').at(-1), 'delete-associated-passkey', 'x-source names the page by its slug');
  t.notMatch(String(op['x-fidelity-notes']), /missing|does not exist|no page/i, 'the notes no longer say the page is missing');
});

t.test('README.md does not call Delete Associated Passkey missing or undocumented', async (t) => {
  const readme = readFileSync(join(packageRoot, 'README.md'), 'utf8').replace(/\s+/g, ' ');
  // The fidelity sentence lists what SSOJet documents fully, partly and "not at all".
  const sentence = /SSOJet documents Initiate Passkey Login[^]*?\(paths and shapes inferred[^)]*\)/.exec(readme)?.[0] ?? '';
  t.not(sentence, '', 'the README still has the sentence on what SSOJet documents of the passkey group');
  const clauses = sentence.split(';');
  t.match(clauses.find((c) => /\bpartly\b/.test(c)) ?? '', /\bDelete\b/, 'Delete is among the operations SSOJet documents partly');
  t.notMatch(clauses.find((c) => /not at all/.test(c)) ?? '', /\bDelete\b/, 'Delete is not among those it does not document at all');
  t.notMatch(readme, /Delete (Associated )?Passkey[^.|]*\b(missing|undocumented)\b/i, 'no sentence calls Delete Associated Passkey missing');
});
