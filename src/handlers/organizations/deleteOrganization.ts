import { deleteOrganization as remove } from '../../services/management/organizations.js';
import { clientOf, ok, type Handler } from '../handler.js';

/** Delete Organization, under `/api/v1/` and `/api/account/`. */
export const deleteOrganization: Handler = async (input, { svc }) =>
  ok(await remove(svc, clientOf(input), input.params.organizationid));
