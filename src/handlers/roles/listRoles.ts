import { listRoles as list, roleShape } from '../../services/management/roles.js';
import { clientOf, ok, type Handler } from '../handler.js';

export const listRoles: Handler = async (input, { svc }) => ok((await list(svc, clientOf(input))).map(roleShape));
