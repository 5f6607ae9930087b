import type { components } from '../openapi/spec-types.js';
import type { CollectionsData } from './collections.js';

/** The records the sandbox keeps. Field names follow SSOJet's casing where SSOJet shows them. */

/** Free-form attributes of a user, one level deep (openapi.yaml's UserAttributes). */
export type UserAttributes = Record<string, string | number | boolean>;

export type UserVerification = 'required' | 'preferred' | 'discouraged';

export interface ClientPolicy {
  user_verification: UserVerification;
  resident_key: 'required' | 'preferred' | 'discouraged';
  authenticator_attachment: 'platform' | 'cross-platform' | null;
  attestation: 'none' | 'indirect' | 'direct' | 'enterprise';
  /** Accept clientDataJSON.crossOrigin = true (a ceremony inside a cross-origin iframe). */
  allow_cross_origin: boolean;
  /** Under `direct`: refuse a statement that chains to no known root (`known_roots`), or store it untrusted (`any`). */
  attestation_trust?: 'any' | 'known_roots';
  /** Accept RSASSA-PKCS1-v1_5 with SHA-1 (COSE -65535), which some TPMs still use. */
  allow_rs1?: boolean;
  /** The issuer an authenticator app shows beside a TOTP enrolment (the dashboard's "Issuer Id"). */
  mfa_issuer: string;
  /** Digits of an emailed or texted code, 4–8 (absent: 6, SSOJet's). */
  otp_length?: number;
  /** Every OTP of this client is this code, like a provider's test numbers (absent: the §3 derived codes). */
  fixed_otp?: string | null;
  /** A verified magic link answers 302 to this URL with `?state=` instead of the HTML page (absent or null: the page). */
  magic_link_redirect?: string | null;
}

export interface Client {
  client_id: string;
  name: string;
  rp_id: string;
  rp_name: string;
  /** Exact origins, or `scheme://host:*` for any port of that host. */
  origins: string[];
  policy: ClientPolicy;
  /** Trust anchors (PEM) per attestation format, added to @simplewebauthn/server's defaults. */
  attestation_roots?: Record<string, string[]>;
  /** base64url SHA-256 of Android app signing certificates: origins `android:apk-key-hash:<hash>`. */
  android_apk_key_hashes?: string[];
  /** Sent in `x-client-secret` where SSOJet asks for it (MFA Access Token; MANAGEMENT_AUTH=secret). */
  client_secret: string;
  /** The host GET Configuration By Custom Domain finds this client by (lower case; unique among clients). */
  custom_domain?: string;
  /** Overrides of SSOJet's example branding, as GET Configuration renders it. */
  branding?: ClientBranding;
  /**
   * OIDC redirect URIs, matched exactly (as OAuth requires); `scheme://host:*` allows any port
   * and path of that host (the default client's local apps). Absent in older state documents.
   */
  redirect_uris?: string[];
  post_logout_redirect_uris?: string[];
  /** A public OIDC client (a SPA, a native app): its token requests need no secret, but PKCE S256. */
  public?: boolean;
}

/**
 * The login widget's look (GET Configuration, CONTRACT-API.md §6 O6/O7): SSOJet's field names.
 * Each field set replaces the default; `branding_schema` is kept as an object and rendered as one
 * (by client id) or as a JSON string (by custom domain).
 */
export type ClientBranding = components['schemas']['BrandingInput'];

/**
 * One record per person, whichever way they signed up; each endpoint renders its own casing of
 * it (`_id` vs `id`, `updated_at` vs `modified_at`, `last_login_at` vs `LastLoginAt`:
 * CONTRACT-API.md §1 "Users are created on first verification").
 */
export interface User {
  user_id: string;
  client_id: string;
  /** `""` for a user who signed up by phone and has no email. */
  email: string;
  /** What the user signs in with: the email, or the phone number (E.164) of an SMS sign-up. */
  identifier: string;
  created_at: string;
  updated_at: string;
  last_login_at: string | null;
  first_name: string;
  last_name: string;
  /** E.164 phone number, or null. */
  phone_id: string | null;
  email_verified: boolean;
  is_active: boolean;
  /**
   * How the user came to be: `ManualUser` (management API or the control API), `Seeded`
   * (a scenario), or the first sign-in method (`magic_link`, `email_otp`, `sms_otp`).
   */
  connection_type: string;
  groups: UserAttributes;
  raw_attributes: UserAttributes;
  /** Role ids (Manage User Roles). */
  roles: string[];
}

/** A successful sign-in, for GET User Login Logs (CONTRACT-API.md §6 U10). */
export interface LoginLog {
  id: string;
  client_id: string;
  user_id: string;
  /** `passkey`, `magic_link`, `email_otp`, `sms_otp`, `mfa`, `oidc`… */
  method: string;
  ip: string;
  user_agent: string;
  created_at: string;
}

/** SSOJet's credential object (List User PassKey Credentials) plus its owner. */
export interface StoredCredential {
  client_id: string;
  user_id: string;
  id: string;
  Name: string | null;
  SignCount: number;
  LastUsedAt: string;
  CreatedAt: string;
  UpdatedAt: string;
  public_key: string;
  attestation_type: string;
  aaguid: string;
  transports: string[];
  backup_eligible: boolean;
  backup_state: boolean;
  /**
   * Whether the attestation statement chained to a root the sandbox knows (the library's
   * defaults or the client's `attestation_roots`); false for none, self and unknown roots.
   * Absent on credentials stored before it existed.
   */
  trusted?: boolean;
}

export interface IssuedTokens {
  access_token: string;
  refresh_token: string;
  expires_at: string;
}

export interface Ceremony {
  auth_code: string;
  kind: 'login' | 'registration';
  client_id: string;
  identifier: string | null;
  user_id: string | null;
  challenge: string;
  created_at: string;
  expires_at: string;
  user_verification: UserVerification;
  /** `failed` and `verified` both mean the auth_code is used up. */
  status: 'pending' | 'verified' | 'failed';
  token: IssuedTokens | null;
}

export interface RefreshToken {
  token: string;
  client_id: string;
  user_id: string;
  expires_at: string;
}

/** What GET /__sandbox/state returns and PUT takes. */
export interface SandboxState extends CollectionsData {
  version: 1;
  scenario: string;
  seed: number;
  clock: { pinned: boolean; now?: string };
  rng: { counter: number };
  clients: Client[];
  users: User[];
  credentials: StoredCredential[];
  ceremonies: Ceremony[];
  refresh_tokens: RefreshToken[];
  /** The control API's virtual authenticators, private keys included (test-only keys). */
  authenticators: Array<{
    authenticator_id: string;
    options: {
      alg: -7 | -8 | -257; uv: boolean; up: boolean; backupEligible: boolean; backupState: boolean;
      aaguid: string; signCount: number; transports: string[];
    };
    credentials: Array<{ id: string; rpId: string; userHandle: string; alg: -7 | -8 | -257; signCount: number; privateKeyPkcs8: string; publicKeyCose: string }>;
  }>;
}

/** What PUT /__sandbox/state takes: a document of an older sandbox may lack the record collections (then empty). */
export type SandboxStateInput = Omit<SandboxState, keyof CollectionsData> & Partial<CollectionsData>;

/** The data part of the state, which the store holds. */
export type StoreData = Pick<SandboxState, 'clients' | 'users' | 'credentials' | 'ceremonies' | 'refresh_tokens'> & CollectionsData;

/** A role of a client (CONTRACT-API.md §6 R1–R7); soft-deleted roles stay, `is_deleted`. */
export interface Role {
  id: string;
  client_id: string;
  name: string;
  slug: string;
  description: string;
  /** Permission ids; null for a role that never had any, as SSOJet's `test` role shows. */
  permission_id: string[] | null;
  is_deleted: boolean;
  is_active: boolean;
}

/** A permission of a client (R2, R5, R7). */
export interface Permission {
  id: string;
  client_id: string;
  name: string;
  slug: string;
  description: string;
  is_active: boolean;
  is_deleted: boolean;
}

/** An organization of a client (O1–O5), in the sandbox's one casing; each endpoint renders its own. */
export interface Organization {
  id: string;
  client_id: string;
  name: string;
  white_list_domains: string[];
  allow_profiles_outside_organization: boolean;
  sso_connection_token: string;
  domain: string;
  workspace_name: string;
  is_active: boolean;
  address: string;
  website: string;
  time_zone: string;
  currency: string;
}

/**
 * A user's membership of an organization beyond their email domain (POST /__sandbox/memberships);
 * a whitelisted domain makes a member without one.
 */
export interface Membership {
  /** `<organization_id>:<user_id>`. */
  id: string;
  client_id: string;
  organization_id: string;
  user_id: string;
}
