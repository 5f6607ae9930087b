import { queueLogin } from '../services/oidc/queued-logins.js';
import { ok, type Handler } from './handler.js';

/** POST /__sandbox/oidc/login: the client's next /authorize signs this user in without a page. */
export const sandboxQueueOidcLogin: Handler<'sandboxQueueOidcLogin'> = async (input, { svc }) => ok(await queueLogin(svc, input.body), 201);
