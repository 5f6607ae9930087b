import { requireUser } from '../../services/management/manage-users.js';
import { userV1 } from '../../services/management/user-shapes.js';
import { clientOf, ok, type Handler } from '../handler.js';

export const getUser: Handler = async (input, { svc }) =>
  ok(userV1(await requireUser(svc, clientOf(input), input.params.userid)));
