import { createRole as create } from '../../services/management/roles.js';
import { clientOf, type Handler } from '../handler.js';
import { roleAnswer } from './role-answer.js';

export const createRole: Handler = async (input, { svc }) => {
  const client = clientOf(input);
  return roleAnswer(svc, client, await create(svc, client, input.body as { name: string; slug: string; description: string }));
};
