import { queueLogin, type QueueInput } from '../services/oidc/queued-logins.js';
import { ok, type Handler } from './handler.js';

/** POST /__sandbox/oidc/login: the client's next /authorize signs this user in without a page. */
export const sandboxQueueOidcLogin: Handler = async (input, { svc }) => ok(await queueLogin(svc, input.body as QueueInput), 201);
