/**
 * SSOJet's pubKeyCredParams, in SSOJet's order (Passkey Registration Initialize example):
 * ES256, ES384, ES512, RS256, RS384, RS512, PS256, PS384, PS512, EdDSA. @simplewebauthn/server
 * verifies every one of them, so the whole list is offered.
 */
export const supportedAlgorithms = [-7, -35, -36, -257, -258, -259, -37, -38, -39, -8] as const;
