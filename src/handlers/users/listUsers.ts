import { listUsersPage } from '../../services/management/manage-users.js';
import { userV1 } from '../../services/management/user-shapes.js';
import { clientOf, ok, type Handler } from '../handler.js';

/** List All Users, and its `/api/api/users` alias. */
export const listUsers: Handler<'listUsers'> = async (input, { svc }) => {
  const users = await listUsersPage(svc, clientOf(input), { limit: input.query.limit, page: input.query.page });
  return ok(users.map(userV1));
};
