import { addOrganization as add, organizationShape } from '../../services/management/organizations.js';
import { clientOf, ok, type Handler } from '../handler.js';

export const addOrganization: Handler<'addOrganization'> = async (input, { svc }) =>
  ok(organizationShape(await add(svc, clientOf(input), input.body), 'WhiteListDomain'));
