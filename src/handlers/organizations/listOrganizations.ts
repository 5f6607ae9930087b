import { organizationShape } from '../../services/management/organizations.js';
import { clientOf, ok, type Handler } from '../handler.js';

export const listOrganizations: Handler = async (input, { svc }) =>
  ok((await svc.store.listRecords('organizations', clientOf(input).client_id)).map((o) => organizationShape(o, 'WhiteListDomains')));
