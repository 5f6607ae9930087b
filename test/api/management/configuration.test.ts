// GET Configuration By Client Id and By Custom Domain (CONTRACT-API.md §6 O6, O7), through HTTP.
import t from 'tap';
import { build, DEFAULT_CLIENT, isError } from '../../helper.js';
import { IDS, refusedUnchanged } from './management-helper.js';

const h = await build(t);
const schema = { colorConfig: { primary: '#4a00ff', secondary: '#9ca3af', error: '#ff0000' }, loginBoxConfigData: { borderRadius: 6 } };
const created = await h.call({ method: 'POST', url: '/__sandbox/clients', payload: { name: 'Acme login', custom_domain: 'Login.Acme.test', branding: { brand: 'Acme', btn_color: '#123456', branding_schema: schema } } });
t.equal(created.status, 201, 'a client with a custom domain and branding');
const BRANDED: string = created.body.client_id;

t.test('By Client Id answers SSOJet\'s example configuration for a client that sets nothing: branding_schema an object, passkey_auth true', async (t) => {
  const res = await h.call({ url: `/api/v1/config?client_id=${DEFAULT_CLIENT}` });
  t.equal(res.status, 200);
  t.same(Object.keys(res.body), ['id', 'name', 'client_id', 'branding', 'connection', 'default_redirect_url', 'auth_config', 'localization']);
  t.match(res.body, { id: '66854007e390034b3cf72549', name: 'Sandbox app', client_id: DEFAULT_CLIENT, default_redirect_url: 'https://auth.ssojet.com' });
  t.same(res.body.branding.branding_schema, {}, 'an object');
  t.match(res.body.branding, { brand: 'SSOJet', signature: 'Team SSOJet', btn_color: '#5e00cf', font: { family: 'Inter' }, white_label: false, background_style: null });
  t.same(res.body.connection, [{ provider: 'MagicLink', connection_id: IDS.connection, is_sso_connection: false, is_oauth_connection: false }], "one connection, the users' connection_id");
  t.same(res.body.auth_config, { webauthn: false, passkey_auth: true, social: null });
  t.match(res.body.localization, { language: 'English', iso_code: 'en', direction: 'ltr', login: { sub_heading: 'Sign in or create a new account for free.' } });
});

t.test('By Client Id renders the client record: its name and its branding over the defaults, the id in the x-client-id header too', async (t) => {
  const res = await h.call({ url: '/api/v1/config', headers: { 'x-client-id': BRANDED } });
  t.equal(res.status, 200);
  t.match(res.body, { name: 'Acme login', client_id: BRANDED, branding: { brand: 'Acme', btn_color: '#123456', signature: 'Team SSOJet' } });
  t.same(res.body.branding.branding_schema, schema);
  t.not(res.body.id, '66854007e390034b3cf72549', "another client's workspace id is its own");
});

t.test('By Custom Domain finds the client by its domain in any case, and writes branding_schema as a JSON string', async (t) => {
  const res = await h.call({ url: '/api/v1/config?domain=LOGIN.acme.TEST' });
  t.equal(res.status, 200);
  t.equal(res.body.client_id, BRANDED);
  t.type(res.body.branding.branding_schema, 'string', 'a string here');
  t.same(JSON.parse(res.body.branding.branding_schema), schema, 'holding the same schema');
  const byId = await h.call({ url: `/api/v1/config?client_id=${BRANDED}` });
  t.same({ ...res.body, branding: { ...res.body.branding, branding_schema: null } }, { ...byId.body, branding: { ...byId.body.branding, branding_schema: null } }, 'otherwise the same envelope');
});

t.test('By Custom Domain: the domain decides over a client id sent with it; an empty domain counts as absent', async (t) => {
  const res = await h.call({ url: `/api/v1/config?domain=login.acme.test&client_id=${DEFAULT_CLIENT}` });
  t.equal(res.body.client_id, BRANDED);
  const empty = await h.call({ url: `/api/v1/config?domain=&client_id=${DEFAULT_CLIENT}` });
  t.equal(empty.body.client_id, DEFAULT_CLIENT);
  t.type(empty.body.branding.branding_schema, 'object', 'answered By Client Id');
});

t.test('an unknown domain answers 404 naming how to set one; neither domain nor client id a 400', async (t) => {
  await refusedUnchanged(t, h, () => h.call({ url: '/api/v1/config?domain=nobody.test' }), 404, 'resource_not_found', /No client has the custom domain nobody.test; set one with POST \/__sandbox\/clients/);
  await refusedUnchanged(t, h, () => h.call({ url: '/api/v1/config' }), 400, 'client_id_required', /client id is missing/);
});

t.test('POST /__sandbox/clients refuses a custom domain another client has, and the state document keeps domain and branding', async (t) => {
  await refusedUnchanged(t, h, () => h.call({ method: 'POST', url: '/__sandbox/clients', payload: { custom_domain: 'login.acme.test' } }), 400, 'invalid_request_body', new RegExp(`custom_domain login.acme.test is already client ${BRANDED}'s`));
  const state = await h.state();
  t.match(state.clients.find((c: { client_id: string }) => c.client_id === BRANDED), { custom_domain: 'login.acme.test', branding: { brand: 'Acme', branding_schema: schema } });
  const put = await h.call({ method: 'PUT', url: '/__sandbox/state', payload: state });
  t.equal(put.status, 200);
  t.equal(JSON.stringify(await h.state()), JSON.stringify(state), 'export → restore → export is byte-identical');
  const twice = structuredClone(state);
  twice.clients[0].custom_domain = 'LOGIN.acme.test';
  isError(t, await h.call({ method: 'PUT', url: '/__sandbox/state', payload: twice }), 400, 'invalid_state_document', /custom_domain login.acme.test belongs to two clients/);
});

t.test('a branding three levels deep is refused with a 400 naming the field', async (t) => {
  await refusedUnchanged(t, h, () => h.call({ method: 'POST', url: '/__sandbox/clients', payload: { branding: { branding_schema: { a: { b: { c: 1 } } } } } }), 400, 'invalid_request_body', /branding_schema/);
});
