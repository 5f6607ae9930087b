import { removeRole as remove } from '../../services/management/roles.js';
import { clientOf, ok, type Handler } from '../handler.js';

export const removeRole: Handler = async (input, { svc }) => ok(await remove(svc, clientOf(input), input.params.roleId));
