import { checkPasskeyAuthStatus } from './checkPasskeyAuthStatus.js';
import { completePasskeyRegistration } from './completePasskeyRegistration.js';
import { deletePasskey } from './deletePasskey.js';
import { finishPasskeyAuthentication } from './finishPasskeyAuthentication.js';
import { getAuthStatus } from './getAuthStatus.js';
import { getJwks } from './getJwks.js';
import type { AnyHandler, Handler, OperationId } from './handler.js';
import { sandboxGetClock } from './sandboxGetClock.js';
import { sandboxSetClock } from './sandboxSetClock.js';
import { sandboxListAuthenticators } from './sandboxListAuthenticators.js';
import { sandboxCreateAuthenticator } from './sandboxCreateAuthenticator.js';
import { sandboxAuthenticatorCreate } from './sandboxAuthenticatorCreate.js';
import { sandboxAuthenticatorGet } from './sandboxAuthenticatorGet.js';
import { sandboxListAuthenticatorCredentials } from './sandboxListAuthenticatorCredentials.js';
import { sandboxListRequests } from './sandboxListRequests.js';
import { sandboxListFaults } from './sandboxListFaults.js';
import { sandboxCreateFault } from './sandboxCreateFault.js';
import { sandboxClearFaults } from './sandboxClearFaults.js';
import { initiatePasskeyLogin } from './initiatePasskeyLogin.js';
import { listPasskeyCredentials } from './listPasskeyCredentials.js';
import { passkeyRegistrationInitialize } from './passkeyRegistrationInitialize.js';
import { sandboxCreateClient } from './sandboxCreateClient.js';
import { sandboxCreateSession } from './sandboxCreateSession.js';
import { sandboxCreateUser } from './sandboxCreateUser.js';
import { sandboxGetState } from './sandboxGetState.js';
import { sandboxHealth } from './sandboxHealth.js';
import { sandboxDemo } from './sandboxDemo.js';
import { sandboxDemoAsset } from './sandboxDemoAsset.js';
import { sandboxListClients } from './sandboxListClients.js';
import { sandboxListUsers } from './sandboxListUsers.js';
import { sandboxPutState } from './sandboxPutState.js';
import { sandboxReset } from './sandboxReset.js';
import { updatePasskeyName } from './updatePasskeyName.js';
import { sandboxListOutbox } from './sandboxListOutbox.js';
import { sandboxClearOutbox } from './sandboxClearOutbox.js';
import { sandboxNextOutboxMessage } from './sandboxNextOutboxMessage.js';
import { sandboxOutboxView } from './sandboxOutboxView.js';
import { mfaAccessToken } from './mfaAccessToken.js';
import { listMfaAuthenticators } from './listMfaAuthenticators.js';
import { enrollMfaTotp } from './enrollMfaTotp.js';
import { initiateMfa } from './initiateMfa.js';
import { getMfaQrCode } from './getMfaQrCode.js';
import { validateMfaToken } from './validateMfaToken.js';
import { getMfaBackupCodes } from './getMfaBackupCodes.js';
import { sandboxGetMfaTotp } from './sandboxGetMfaTotp.js';
import { sendMagicLink } from './sendMagicLink.js';
import { resendMagicLink } from './resendMagicLink.js';
import { verifyMagicLink } from './verifyMagicLink.js';
import { pingMagicLinkStatus } from './pingMagicLinkStatus.js';
import { sendEmailOtp } from './sendEmailOtp.js';
import { resendEmailOtp } from './resendEmailOtp.js';
import { verifyEmailOtp } from './verifyEmailOtp.js';
import { sendSmsOtp } from './sendSmsOtp.js';
import { resendSmsOtp } from './resendSmsOtp.js';
import { verifySmsOtp } from './verifySmsOtp.js';
import { oidcDiscovery } from './oidcDiscovery.js';
import { oidcJwks } from './oidcJwks.js';
import { oidcAuthorize } from './oidcAuthorize.js';
import { oidcToken } from './oidcToken.js';
import { oidcUserinfo } from './oidcUserinfo.js';
import { oidcUserinfoPost } from './oidcUserinfoPost.js';
import { oidcLogout } from './oidcLogout.js';
import { oidcRevoke } from './oidcRevoke.js';
import { oauthAuthorize } from './oauthAuthorize.js';
import { oauthToken } from './oauthToken.js';
import { oauthUserinfo } from './oauthUserinfo.js';
import { oauthUserinfoPost } from './oauthUserinfoPost.js';
import { oauthLogout } from './oauthLogout.js';
import { sandboxQueueOidcLogin } from './sandboxQueueOidcLogin.js';
import { sandboxListOidcLogins } from './sandboxListOidcLogins.js';
import { oidcSignInAsset } from './oidcSignInAsset.js';
import { oidcSignInEmail } from './oidcSignInEmail.js';
import { oidcSignInEmailVerify } from './oidcSignInEmailVerify.js';
import { oidcPasskeyOptions } from './oidcPasskeyOptions.js';
import { oidcPasskeySignIn } from './oidcPasskeySignIn.js';
import { oidcPasskeyRegisterOptions } from './oidcPasskeyRegisterOptions.js';
import { oidcPasskeyRegister } from './oidcPasskeyRegister.js';
import { refreshToken } from './refreshToken.js';
import { accessTokenByAuthCode } from './accessTokenByAuthCode.js';
import { sandboxCreateSsoCode } from './sandboxCreateSsoCode.js';

import { sandboxCreateMembership } from './sandboxCreateMembership.js';
import { listUsers } from './users/listUsers.js';
import { listUsersAlias } from './users/listUsersAlias.js';
import { getUser } from './users/getUser.js';
import { getUserByEmail } from './users/getUserByEmail.js';
import { createUser } from './users/createUser.js';
import { updateUser } from './users/updateUser.js';
import { verifyUserStatus } from './users/verifyUserStatus.js';
import { deleteUser } from './users/deleteUser.js';
import { deleteUserWithoutId } from './users/deleteUserWithoutId.js';
import { manageUserRoles } from './users/manageUserRoles.js';
import { getUserOrganizations } from './users/getUserOrganizations.js';
import { getUserLoginLogs } from './users/getUserLoginLogs.js';
import { addOrganization } from './organizations/addOrganization.js';
import { getOrganization } from './organizations/getOrganization.js';
import { listOrganizations } from './organizations/listOrganizations.js';
import { updateOrganization } from './organizations/updateOrganization.js';
import { updateOrganizationV1 } from './organizations/updateOrganizationV1.js';
import { deleteOrganization } from './organizations/deleteOrganization.js';
import { deleteOrganizationAccount } from './organizations/deleteOrganizationAccount.js';
import { getConfiguration } from './organizations/getConfiguration.js';
import { listRoles } from './roles/listRoles.js';
import { createRole } from './roles/createRole.js';
import { updateRole } from './roles/updateRole.js';
import { removeRole } from './roles/removeRole.js';
import { listPermissions } from './roles/listPermissions.js';
import { updatePermission } from './roles/updatePermission.js';
import { removePermission } from './roles/removePermission.js';

/**
 * operationId → handler, typed by openapi.yaml (src/openapi/spec-types.ts): a missing or extra
 * handler is a tsc error once `npm run gen:types` has read the spec. Boot checks it again.
 */
export const handlers: { [K in OperationId]: Handler<K> } = {
  initiatePasskeyLogin,
  finishPasskeyAuthentication,
  passkeyRegistrationInitialize,
  completePasskeyRegistration,
  checkPasskeyAuthStatus,
  listPasskeyCredentials,
  updatePasskeyName,
  deletePasskey,
  getAuthStatus,
  getJwks,
  sandboxHealth,
  sandboxDemo,
  sandboxDemoAsset,
  sandboxReset,
  sandboxListClients,
  sandboxCreateClient,
  sandboxListUsers,
  sandboxCreateUser,
  sandboxCreateSession,
  sandboxGetState,
  sandboxPutState,
  sandboxGetClock,
  sandboxSetClock,
  sandboxListAuthenticators,
  sandboxCreateAuthenticator,
  sandboxAuthenticatorCreate,
  sandboxAuthenticatorGet,
  sandboxListAuthenticatorCredentials,
  sandboxListRequests,
  sandboxListFaults,
  sandboxCreateFault,
  sandboxClearFaults,
  sandboxListOutbox,
  sandboxClearOutbox,
  sandboxNextOutboxMessage,
  sandboxOutboxView,
  mfaAccessToken,
  listMfaAuthenticators,
  enrollMfaTotp,
  initiateMfa,
  getMfaQrCode,
  validateMfaToken,
  getMfaBackupCodes,
  sandboxGetMfaTotp,
  sendMagicLink,
  resendMagicLink,
  verifyMagicLink,
  pingMagicLinkStatus,
  sendEmailOtp,
  resendEmailOtp,
  verifyEmailOtp,
  sendSmsOtp,
  resendSmsOtp,
  verifySmsOtp,
  oidcDiscovery,
  oidcJwks,
  oidcAuthorize,
  oidcToken,
  oidcUserinfo,
  oidcUserinfoPost,
  oidcLogout,
  oidcRevoke,
  oauthAuthorize,
  oauthToken,
  oauthUserinfo,
  oauthUserinfoPost,
  oauthLogout,
  sandboxQueueOidcLogin,
  sandboxListOidcLogins,
  oidcSignInAsset,
  oidcSignInEmail,
  oidcSignInEmailVerify,
  oidcPasskeyOptions,
  oidcPasskeySignIn,
  oidcPasskeyRegisterOptions,
  oidcPasskeyRegister,
  refreshToken,
  accessTokenByAuthCode,
  sandboxCreateSsoCode,
  // Management (issue #16).
  listUsers,
  listUsersAlias,
  getUser,
  getUserByEmail,
  createUser,
  updateUser,
  verifyUserStatus,
  deleteUser,
  deleteUserWithoutId,
  manageUserRoles,
  getUserOrganizations,
  getUserLoginLogs,
  addOrganization,
  getOrganization,
  listOrganizations,
  updateOrganization,
  updateOrganizationV1,
  deleteOrganization,
  deleteOrganizationAccount,
  getConfiguration,
  listRoles,
  createRole,
  updateRole,
  removeRole,
  listPermissions,
  updatePermission,
  removePermission,
  sandboxCreateMembership,
};

const isOperationId = (id: string): id is OperationId => Object.hasOwn(handlers, id);

/** The handler of an operation, as the request path calls it (its route has checked the input), or undefined. */
export function handlerOf(operationId: string): AnyHandler | undefined {
  return isOperationId(operationId) ? handlers[operationId] : undefined;
}
