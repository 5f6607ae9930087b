import { createManagedUser } from '../../services/management/manage-users.js';
import { userV1 } from '../../services/management/user-shapes.js';
import { clientOf, ok, type Handler } from '../handler.js';

/** Create a User: SSOJet's panel adds `organization_id`, all zeros, to the user object. */
export const createUser: Handler = async (input, { svc }) => {
  const user = await createManagedUser(svc, clientOf(input), input.body as { email: string; first_name: string; last_name: string });
  const { _id, account_id, ...rest } = userV1(user);
  return ok({ _id, account_id, organization_id: '000000000000000000000000', ...rest });
};
