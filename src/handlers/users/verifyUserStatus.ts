import { verifyUser } from '../../services/management/manage-users.js';
import { userV1 } from '../../services/management/user-shapes.js';
import { clientOf, ok, type Handler } from '../handler.js';

export const verifyUserStatus: Handler = async (input, { svc }) => {
  const { verification_status } = input.body as { verification_status: string | boolean };
  return ok(userV1(await verifyUser(svc, clientOf(input), input.params.userid, verification_status)));
};
