import { SandboxError } from '../errors.js';
import { authStatusByIdentifier, authStatusByState } from '../services/auth-status.js';
import { clientOf, ok, type Handler } from './handler.js';

/** GET Auth Status takes exactly one of `identifier` (SSOJet's) and `state` (ours), CONTRACT-API F1. */
export const getAuthStatus: Handler<'getAuthStatus'> = async (input, { svc }) => {
  const { identifier, state } = input.query;
  if (identifier !== undefined && state === undefined) return ok(await authStatusByIdentifier(svc, clientOf(input), identifier));
  if (state !== undefined && identifier === undefined) return ok(await authStatusByState(svc, clientOf(input), state));
  throw new SandboxError('invalid_query_parameters', {
    reason: identifier === undefined
      ? 'query.identifier or query.state is required: send identifier (the email or phone whose latest attempt to report) or state (a send\'s state or a passkey auth_code)'
      : 'query.identifier and query.state were both sent; send exactly one of them',
  });
};
