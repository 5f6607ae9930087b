import { addOrganization as add, organizationShape, type OrganizationInput } from '../../services/management/organizations.js';
import { clientOf, ok, type Handler } from '../handler.js';

export const addOrganization: Handler = async (input, { svc }) =>
  ok(organizationShape(await add(svc, clientOf(input), input.body as OrganizationInput), 'WhiteListDomain'));
