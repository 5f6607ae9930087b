import { setUserRoles } from '../../services/management/user-organizations.js';
import { userV1 } from '../../services/management/user-shapes.js';
import { clientOf, ok, type Handler } from '../handler.js';

export const manageUserRoles: Handler = async (input, { svc }) =>
  ok(userV1(await setUserRoles(svc, clientOf(input), input.params.userid, (input.body as { role_id: string[] }).role_id)));
