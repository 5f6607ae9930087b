import { pingStatus } from '../services/passwordless/ping-status.js';
import { clientOf, ok, type Handler } from './handler.js';

export const pingMagicLinkStatus: Handler<'pingMagicLinkStatus'> = async (input, { svc }) =>
  ok(await pingStatus(svc, clientOf(input), input.query.state));
