import { userOrganizations } from '../../services/management/user-organizations.js';
import { clientOf, ok, type Handler } from '../handler.js';

export const getUserOrganizations: Handler = async (input, { svc }) =>
  ok(await userOrganizations(svc, clientOf(input), input.params.userid));
