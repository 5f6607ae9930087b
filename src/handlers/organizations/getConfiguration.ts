import { configuration } from '../../services/management/configuration.js';
import { clientOf, ok, type Handler } from '../handler.js';

/**
 * GET /api/v1/config: By Custom Domain when `domain` is sent (security has already found its
 * client), else By Client Id. The two differ only in how `branding_schema` is written.
 */
export const getConfiguration: Handler<'getConfiguration'> = async (input) =>
  ok(configuration(clientOf(input), input.query.domain ? 'domain' : 'client_id'));
