import type { Handler } from '../handler.js';
import { deleteOrganization } from './deleteOrganization.js';

/** DELETE `/api/account/organization/{id}`, beside Update Organization's documented path. */
export const deleteOrganizationAccount: Handler = deleteOrganization;
