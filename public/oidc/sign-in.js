// The OIDC sign-in page's passkey ceremonies (src/services/oidc/sign-in-page.ts renders the
// page; the emailed-code path is plain forms and needs none of this). @simplewebauthn/browser
// runs the WebAuthn calls; the sandbox verifies them with the REST passkey services.
(function () {
  'use strict';
  var lib = window.SimpleWebAuthnBrowser;
  var issuer = document.body.dataset.issuer;
  var status = document.getElementById('status');

  function say(text, isError) {
    status.textContent = text;
    status.className = isError ? 'error' : '';
  }
  function request() {
    var form = document.getElementById('authorize-request');
    var out = {};
    new FormData(form).forEach(function (value, name) { out[name] = String(value); });
    return out;
  }
  function post(path, body) {
    return fetch(issuer + path, {
      method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
    }).then(function (res) {
      return res.json().then(function (json) {
        if (!res.ok) throw new Error(json.error_description || ('HTTP ' + res.status));
        return json;
      });
    });
  }
  /** Runs one ceremony with the button disabled; data-busy lets tests wait for it. */
  function busy(button, run) {
    button.addEventListener('click', function () {
      button.disabled = true;
      document.body.dataset.busy = 'true';
      run().catch(function (err) {
        say(err && err.message ? err.message : String(err), true);
      }).then(function () {
        button.disabled = false;
        document.body.dataset.busy = 'false';
      });
    });
  }

  var signIn = document.getElementById('passkey-sign-in');
  if (signIn) {
    if (!lib.browserSupportsWebAuthn()) {
      signIn.disabled = true;
      say('This browser has no passkey support; use an emailed code.', false);
    }
    busy(signIn, function () {
      say('Waiting for your passkey…', false);
      return post('/sign-in/passkey/options', { request: request() }).then(function (options) {
        return lib.startAuthentication({ optionsJSON: options.publicKey }).then(function (passkey) {
          return post('/sign-in/passkey', { request: request(), auth_code: options.auth_code, passkey: passkey });
        });
      }).then(function (done) {
        say('Signed in; returning to the app…', false);
        window.location.assign(done.redirect);
      });
    });
  }

  var add = document.getElementById('add-passkey');
  if (add) {
    busy(add, function () {
      say('Creating a passkey…', false);
      return post('/sign-in/passkey/register/options', { request: request() }).then(function (options) {
        return lib.startRegistration({ optionsJSON: options.publicKey }).then(function (passkey) {
          return post('/sign-in/passkey/register', { request: request(), auth_code: options.auth_code, passkey: passkey });
        });
      }).then(function () {
        say('Passkey added. Next time, sign in with it.', false);
        add.hidden = true;
        document.getElementById('continue').focus();
      });
    });
  }
})();
