import { SandboxError } from '../../errors.js';
import { clientOf, type Handler } from '../handler.js';

/** SSOJet's Delete User sample has no id in its path (CONTRACT-API §7 #8): say what to call instead. */
export const deleteUserWithoutId: Handler = async (input) => {
  const client = clientOf(input);
  throw new SandboxError('malformed_request', { reason: `DELETE /api/v1/users/ needs the user's id in the path (SSOJet's sample omits it): call DELETE /api/v1/users/{userid}?client_id=${client.client_id} with the user's _id` });
};
