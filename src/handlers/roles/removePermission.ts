import { removePermission as remove } from '../../services/management/permissions.js';
import { clientOf, ok, type Handler } from '../handler.js';

export const removePermission: Handler = async (input, { svc }) => ok(await remove(svc, clientOf(input), input.params.permissionid));
