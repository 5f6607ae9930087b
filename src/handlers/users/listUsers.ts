import { listUsersPage } from '../../services/management/manage-users.js';
import { userV1 } from '../../services/management/user-shapes.js';
import { clientOf, ok, type Handler } from '../handler.js';

/** Query values arrive as strings; the spec has already checked that they are integers in range. */
const int = (v: string | undefined) => (v === undefined ? undefined : Number(v));

/** List All Users, and its `/api/api/users` alias. */
export const listUsers: Handler = async (input, { svc }) => {
  const users = await listUsersPage(svc, clientOf(input), { limit: int(input.query.limit), page: int(input.query.page) });
  return ok(users.map(userV1));
};
