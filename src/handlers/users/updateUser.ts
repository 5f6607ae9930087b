import { updateUser as update } from '../../services/management/manage-users.js';
import { userV1 } from '../../services/management/user-shapes.js';
import { clientOf, ok, type Handler } from '../handler.js';

export const updateUser: Handler<'updateUser'> = async (input, { svc }) =>
  ok(userV1(await update(svc, clientOf(input), input.params.userid, input.body)));
