import { RS1, algorithmName } from '../supported-algorithms.js';
import { refusals, type AttestationInput } from './attestation-input.js';

/** An attestation statement's `alg`, refused unless the client accepts it (SHA-1 only on request). */
export function checkAlgorithm(input: AttestationInput, alg: unknown): number {
  const { invalid, refuse } = refusals(input);
  if (typeof alg !== 'number') throw invalid('statement', 'attStmt.alg is missing or not a COSE algorithm number');
  if (!input.algorithms.includes(alg)) {
    if (alg === RS1) throw refuse('algorithm', 'the statement is signed with RS1 (RSASSA-PKCS1-v1_5 with SHA-1, COSE -65535), which the client does not accept', 'create a client with policy.allow_rs1: true if it must accept TPMs that still sign with SHA-1');
    throw refuse('algorithm', `the statement is signed with ${algorithmName(alg)}, which the sandbox does not verify`, `use an authenticator that signs with one of ${input.algorithms.map(algorithmName).join(', ')}`);
  }
  return alg;
}
