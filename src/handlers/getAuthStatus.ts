import { authStatus } from '../services/auth-status.js';
import { clientOf, ok, type Handler } from './handler.js';

export const getAuthStatus: Handler<'getAuthStatus'> = async (input, { svc }) =>
  ok(await authStatus(svc, clientOf(input), input.query.state));
