import { setUserRoles } from '../../services/management/user-organizations.js';
import { userV1 } from '../../services/management/user-shapes.js';
import { clientOf, ok, type Handler } from '../handler.js';

export const manageUserRoles: Handler<'manageUserRoles'> = async (input, { svc }) =>
  ok(userV1(await setUserRoles(svc, clientOf(input), input.params.userid, input.body.role_id)));
