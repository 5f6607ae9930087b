// The demo page's script: SSOJet's passkey API from a browser, plus the sandbox's session
// shortcut for the first sign-in. No framework; @simplewebauthn/browser is the UMD bundle
// served by the sandbox (window.SimpleWebAuthnBrowser).
const { startRegistration, startAuthentication } = window.SimpleWebAuthnBrowser;
const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(location.search);

const state = { client: null, users: [], user: null, bearer: null, how: null };

/** An SSOJet (or control API) refusal: its operation, HTTP status and error envelope. */
class ApiError extends Error {
  constructor(operation, status, body) {
    super(body?.error_description ?? `HTTP ${status}`);
    Object.assign(this, { operation, status, body });
  }
}

async function api(operation, method, path, { body, bearer, clientHeader, headers: extra } = {}) {
  const headers = { ...extra };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (bearer) headers.authorization = `Bearer ${bearer}`;
  if (clientHeader) headers['x-client-id'] = state.client.client_id;
  const res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  const json = text ? JSON.parse(text) : null;
  if (!res.ok) throw new ApiError(operation, res.status, json);
  return json;
}

const q = (extra = {}) => new URLSearchParams({ client_id: state.client.client_id, ...extra }).toString();
const passkeyPath = (p, extra) => `/api/v1/auth/passwordless/passkey/${p}?${q(extra)}`;

// --- rendering -------------------------------------------------------------------------------

function show(kind, text) {
  $('outcome').hidden = false;
  $('status').className = kind;
  $('status').textContent = text;
  $('claims').hidden = true;
  $('claims-note').hidden = true;
  $('error').hidden = true;
}

function el(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function definitions(pairs) {
  const dl = el('dl');
  for (const [term, value] of pairs) dl.append(el('dt', { textContent: term }), value instanceof Node ? value : el('dd', { textContent: value }));
  return dl;
}

/** A refusal: SSOJet's envelope and the journal's explanation, or the browser's own error. */
async function showFailure(action, err) {
  show('bad', `${action} failed`);
  const box = $('error');
  box.replaceChildren();
  box.hidden = false;
  if (err instanceof ApiError) {
    $('status').textContent = `${action} failed: ${err.body?.error_description ?? `HTTP ${err.status}`}`;
    let explanation = '(the journal has no explanation for this refusal)';
    try {
      const [entry] = await api('sandboxListRequests', 'GET', `/__sandbox/requests?${new URLSearchParams({ operation: err.operation, client_id: state.client.client_id, limit: '1' })}`);
      if (entry?.explanation) explanation = entry.explanation;
    } catch { /* keep the default words */ }
    box.append(definitions([
      ['SSOJet answered', `${err.operation}: HTTP ${err.status}`],
      ['error envelope', el('dd', {}, el('pre', { id: 'error-envelope', textContent: JSON.stringify(err.body, null, 2) }))],
      ['the sandbox journal explains', el('dd', { id: 'explanation', textContent: explanation })],
    ]));
    return;
  }
  // navigator.credentials refused before anything reached SSOJet (or fetch itself failed).
  const name = err?.cause?.name ?? err?.name ?? 'Error';
  $('status').textContent = `${action} failed in the browser: ${name}`;
  box.append(definitions([
    ['the browser said', `${name}${err?.code ? ` (${err.code})` : ''}: ${err?.message ?? err}`],
    ['what it means', el('dd', { id: 'explanation', textContent: browserExplanation(name, err?.uv) })],
  ]));
}

function browserExplanation(name, uv) {
  if (name === 'NotAllowedError' && uv === 'required') {
    return `This client's policy requires user verification (userVerification: "required"), and this browser's authenticator cannot verify the user (no PIN, fingerprint or face check), so the browser refused the ceremony before anything was sent to SSOJet. Use an authenticator with user verification, or a client whose policy is "preferred".`;
  }
  if (name === 'NotAllowedError') return 'The browser refused or cancelled the ceremony (the user dismissed it, it timed out, or no passkey on this device fits); nothing was sent to SSOJet.';
  if (name === 'TypeError') return 'The call did not reach the sandbox, or the browser withheld its answer (is the sandbox still running?).';
  if (name === 'InvalidStateError') return 'This authenticator already holds a passkey for this user (it is in excludeCredentials).';
  if (name === 'SecurityError') return `The client's rp_id (${state.client.rp_id}) is not this page's domain (${location.hostname}); open the page at http://${state.client.rp_id}:${location.port}.`;
  return 'The browser refused the ceremony; nothing was sent to SSOJet.';
}

function renderWho() {
  const u = state.user;
  $('who').textContent = !state.bearer ? 'Not signed in. Registering a passkey needs a signed-in user (the sandbox\'s session shortcut, /__sandbox/sessions).'
    : `Signed in as ${u.email} (user_id ${u.user_id}) ${state.how}.`;
  $('register').disabled = !state.bearer;
}

async function renderPasskeys() {
  const body = $('passkeys').tBodies[0];
  if (!state.bearer) {
    body.replaceChildren(el('tr', {}, el('td', { colSpan: 5, className: 'muted', textContent: 'Sign in to see this user\'s passkeys.' })));
    return;
  }
  const list = await api('listPasskeyCredentials', 'GET', '/api/v1/auth/passwordless/passkey/credentials', { bearer: state.bearer, clientHeader: true });
  if (list.length === 0) {
    body.replaceChildren(el('tr', {}, el('td', { colSpan: 5, className: 'muted', textContent: 'No passkeys yet.' })));
    return;
  }
  body.replaceChildren(...list.map((c) => {
    const name = el('input', { value: c.Name ?? '', placeholder: '(no name)', ariaLabel: 'passkey name' });
    const rename = el('button', { textContent: 'Rename', className: 'rename', onclick: () => run('Renaming the passkey', async () => {
      await api('updatePasskeyName', 'PATCH', `/api/v1/auth/passwordless/passkey/credentials/${encodeURIComponent(c.id)}`, { body: { name: name.value }, bearer: state.bearer, clientHeader: true });
      show('ok', `Passkey renamed to "${name.value}"`);
      await renderPasskeys();
    }) });
    const remove = el('button', { textContent: 'Delete', className: 'delete', onclick: () => run('Deleting the passkey', async () => {
      await api('deletePasskey', 'DELETE', `/api/v1/auth/passwordless/passkey/credentials/${encodeURIComponent(c.id)}`, { bearer: state.bearer, clientHeader: true });
      show('ok', 'Passkey deleted (the authenticator still holds it, but SSOJet no longer accepts it)');
      await renderPasskeys();
    }) });
    return el('tr', { className: 'passkey' },
      el('td', {}, name),
      el('td', { className: 'mono', textContent: `${c.id.slice(0, 16)}…`, title: c.id }),
      el('td', { textContent: c.CreatedAt.slice(0, 19).replace('T', ' ') }),
      el('td', { textContent: String(c.SignCount) }),
      el('td', {}, rename, ' ', remove));
  }));
  body.querySelectorAll('tr.passkey').forEach((tr, i) => { tr.dataset.id = list[i].id; });
}

/** Runs one action with the page marked busy (tests wait on data-busy), showing any failure. */
async function run(action, fn) {
  document.body.dataset.busy = 'true';
  try {
    await fn();
  } catch (err) {
    await showFailure(action, err);
  } finally {
    document.body.dataset.busy = 'false';
  }
}

function decodeJwt(token) {
  const part = (s) => JSON.parse(atob(s.replace(/-/g, '+').replace(/_/g, '/')));
  const [header, payload] = token.split('.');
  return { header: part(header), claims: part(payload) };
}

// --- actions ---------------------------------------------------------------------------------

async function loadUsers(selectId) {
  state.users = await api('sandboxListUsers', 'GET', `/__sandbox/users?${q()}`);
  const select = $('user-select');
  select.replaceChildren(...state.users.map((u) => el('option', { value: u.user_id, textContent: u.email })));
  if (selectId) select.value = selectId;
  selectUser(select.value);
}

function selectUser(userId) {
  state.user = state.users.find((u) => u.user_id === userId) ?? null;
  state.bearer = null;
  renderWho();
  return renderPasskeys();
}

async function register() {
  const { auth_code, publicKey } = await api('passkeyRegistrationInitialize', 'GET', passkeyPath('register'), { bearer: state.bearer });
  const attestation = await browserCeremony(() => startRegistration({ optionsJSON: publicKey }), publicKey.authenticatorSelection?.userVerification);
  const done = await api('completePasskeyRegistration', 'POST', passkeyPath('register', { auth_code }), { body: { passkey: attestation }, bearer: state.bearer });
  show('ok', `Passkey registered: ${done.message ?? 'ok'}`);
  await renderPasskeys();
}

async function login() {
  const identifier = state.user.identifier ?? state.user.email;
  const { auth_code, publicKey } = await api('initiatePasskeyLogin', 'GET', passkeyPath('login', { identifier }));
  const assertion = await browserCeremony(() => startAuthentication({ optionsJSON: publicKey }), publicKey.userVerification);
  const result = await api('finishPasskeyAuthentication', 'POST', passkeyPath('login', { identifier, auth_code }), { body: { passkey: assertion } });
  state.bearer = result.token;
  state.how = 'with a passkey';
  renderWho();
  show('ok', `Signed in with a passkey as ${state.user.email}`);
  const { header, claims } = decodeJwt(result.token);
  $('claims-note').hidden = false;
  $('claims-note').textContent = `The token's claims (${header.alg}, kid ${header.kid.slice(0, 12)}…; verify it with /.well-known/jwks.json):`;
  $('claims').hidden = false;
  $('claims').textContent = JSON.stringify(claims, null, 2);
  await renderPasskeys();
}

/** navigator.credentials via @simplewebauthn/browser; a refusal keeps the policy's UV for the explanation. */
async function browserCeremony(fn, uv) {
  try {
    return await fn();
  } catch (err) {
    err.uv = uv;
    throw err;
  }
}

async function init() {
  const clients = await api('sandboxListClients', 'GET', '/__sandbox/clients');
  state.client = clients.find((c) => c.client_id === params.get('client_id')) ?? clients[0];
  const select = $('client-select');
  select.replaceChildren(...clients.map((c) => el('option', { value: c.client_id, textContent: `${c.name} (${c.client_id})` })));
  select.value = state.client.client_id;
  select.onchange = () => { location.search = `?client_id=${encodeURIComponent(select.value)}`; };
  $('client-info').textContent = `rp_id ${state.client.rp_id} · user verification ${state.client.policy.user_verification}`;

  $('user-select').onchange = (e) => run('Selecting the user', () => selectUser(e.target.value));
  $('create-user').onclick = () => run('Creating the user', async () => {
    const user = await api('sandboxCreateUser', 'POST', '/__sandbox/users', { body: { client_id: state.client.client_id, email: $('new-email').value } });
    $('new-email').value = '';
    await loadUsers(user.user_id);
    show('ok', `User ${user.email} created`);
  });
  $('session').onclick = () => run('Signing in', async () => {
    const session = await api('sandboxCreateSession', 'POST', '/__sandbox/sessions', { body: { client_id: state.client.client_id, user_id: state.user.user_id } });
    state.bearer = session.access_token;
    state.how = 'without a passkey (sandbox session)';
    renderWho();
    show('ok', `Signed in as ${state.user.email} (sandbox session)`);
    await renderPasskeys();
  });
  $('register').onclick = () => run('Registering a passkey', register);
  $('login').onclick = () => run('Signing in with a passkey', login);
  await loadUsers();
}

document.body.dataset.busy = 'true';
run('Loading', init);

// For the page's other scripts (mfa.js): one module instance, so they share this state.
export { ApiError, api, el, run, show, state };
