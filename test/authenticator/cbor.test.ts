// The authenticator's own CBOR encoder, decoded by @simplewebauthn's decoder (what verification uses).
import t from 'tap';
import { isoCBOR } from '@simplewebauthn/server/helpers';
import { encodeCbor, type CborValue } from '../../src/authenticator/cbor.js';

t.test('every size class of integers, byte and text strings, and nested maps round-trip', async (t) => {
  const bytes = (n: number) => new Uint8Array(n).map((_, i) => i & 0xff);
  const value = new Map<number | string, CborValue>([
    [1, 2], [3, -7], [-1, 1], [-2, bytes(32)], [-257, -257], ['n23', 23], ['n24', 24], ['n255', 255], ['n256', 256],
    ['n65535', 65535], ['n65536', 65536], ['big', 0xffffffff], ['neg', -65537],
    ['b0', bytes(0)], ['b24', bytes(24)], ['b300', bytes(300)], ['b70000', bytes(70000)],
    ['text', 'héllo'], ['t30', 'x'.repeat(30)], ['attStmt', new Map()], ['nested', new Map<number | string, CborValue>([['fmt', 'none']])],
  ]);
  const decoded = isoCBOR.decodeFirst<Map<number | string, unknown>>(encodeCbor(value));
  t.equal(decoded.size, value.size);
  for (const [k, v] of value) {
    const got = decoded.get(k);
    if (v instanceof Uint8Array) t.same(Buffer.from(got as Uint8Array), Buffer.from(v), `key ${k}`);
    else if (v instanceof Map) t.same([...(got as Map<unknown, unknown>)], [...v], `key ${k}`);
    else t.equal(got, v, `key ${k}`);
  }
  t.same([...decoded.keys()], [...value.keys()], 'insertion order kept');
});

t.test('values CBOR cannot carry here are refused', async (t) => {
  t.throws(() => encodeCbor(1.5), /only integers/);
  t.throws(() => encodeCbor(2 ** 33), /does not fit in 32 bits/);
  t.throws(() => encodeCbor(true as unknown as CborValue), /unsupported value/);
});
