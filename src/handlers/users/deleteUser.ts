import { deleteUser as remove } from '../../services/management/manage-users.js';
import { clientOf, ok, type Handler } from '../handler.js';

export const deleteUser: Handler = async (input, { svc }) =>
  ok(await remove(svc, clientOf(input), input.params.userid));
