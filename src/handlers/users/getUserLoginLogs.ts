import { userLoginLogs } from '../../services/management/user-login-logs.js';
import { clientOf, ok, type Handler } from '../handler.js';

export const getUserLoginLogs: Handler = async (input, { svc }) =>
  ok(await userLoginLogs(svc, clientOf(input), input.params.userid));
