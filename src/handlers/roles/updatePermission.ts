import { updatePermission as update } from '../../services/management/permissions.js';
import { clientOf, ok, type Handler } from '../handler.js';

export const updatePermission: Handler = async (input, { svc }) =>
  ok(await update(svc, clientOf(input), input.params.permissionid, input.body as Parameters<typeof update>[3]));
