import { updateRole as update } from '../../services/management/roles.js';
import { clientOf, type Handler } from '../handler.js';
import { roleAnswer } from './role-answer.js';

export const updateRole: Handler = async (input, { svc }) => {
  const client = clientOf(input);
  return roleAnswer(svc, client, await update(svc, client, input.params.roleId, input.body as Parameters<typeof update>[3]));
};
