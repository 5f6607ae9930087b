import type { Handler } from '../handler.js';
import { listUsers } from './listUsers.js';

/** `/api/api/users`, the header URL SSOJet's own List All Users page shows: the same operation. */
export const listUsersAlias: Handler = listUsers;
