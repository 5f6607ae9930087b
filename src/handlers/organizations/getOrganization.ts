import { organizationShape, requireOrganization } from '../../services/management/organizations.js';
import { clientOf, ok, type Handler } from '../handler.js';

export const getOrganization: Handler = async (input, { svc }) =>
  ok(organizationShape(await requireOrganization(svc, clientOf(input), input.params.organizationid), 'WhiteListDomain'));
