import type { Handler } from '../handler.js';
import { updateOrganization } from './updateOrganization.js';

/** PUT `/api/v1/organization/{id}`, the path of Update Organization's prose (CONTRACT-API §7 #11). */
export const updateOrganizationV1: Handler = updateOrganization;
