import { listPermissions as list, permissionShape } from '../../services/management/permissions.js';
import { clientOf, ok, type Handler } from '../handler.js';

export const listPermissions: Handler = async (input, { svc }) => ok((await list(svc, clientOf(input))).map(permissionShape));
