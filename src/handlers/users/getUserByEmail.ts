import { findUserByEmail } from '../../services/management/manage-users.js';
import { userByEmailShape } from '../../services/management/user-shapes.js';
import { clientOf, ok, type Handler } from '../handler.js';

export const getUserByEmail: Handler = async (input, { svc }) =>
  ok(userByEmailShape(await findUserByEmail(svc, clientOf(input), input.params.useremail)));
