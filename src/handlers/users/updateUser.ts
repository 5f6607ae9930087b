import { updateUser as update, type UserUpdate } from '../../services/management/manage-users.js';
import { userV1 } from '../../services/management/user-shapes.js';
import { clientOf, ok, type Handler } from '../handler.js';

export const updateUser: Handler = async (input, { svc }) =>
  ok(userV1(await update(svc, clientOf(input), input.params.userid, input.body as UserUpdate)));
