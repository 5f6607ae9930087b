import { organizationShape, updateOrganization as update, type OrganizationInput } from '../../services/management/organizations.js';
import { clientOf, ok, type Handler } from '../handler.js';

/** Update Organization, at `/api/account/organization/{id}` and at the prose's `/api/v1/organization/{id}`. */
export const updateOrganization: Handler = async (input, { svc }) =>
  ok(organizationShape(await update(svc, clientOf(input), input.params.organizationid, input.body as OrganizationInput), 'WhiteListDomains'));
