import type { ClientBranding } from '../../store/types.js';

/**
 * What GET Configuration answers for a client that sets nothing: SSOJet's example values
 * (ssojet-api.md §11.4), so a login widget built against SSOJet's docs renders the same here.
 * The example's localization is cut off in SSOJet's page after `magic_otp.title_text`; what
 * follows it is not invented.
 */
export const defaultBranding = {
  branding_schema: {} as NonNullable<ClientBranding['branding_schema']>,
  admin_branding_schema: '',
  brand: 'SSOJet',
  signature: 'Team SSOJet',
  btn_color: '#5e00cf',
  text_color: '#000',
  background_image: '',
  login_box_color: '',
  background: '#fff',
  brand_logo: 'https://ssojet.com/assets/images/logo.png',
  favicon: 'https://via.placeholder.com/50',
  font: { url: 'https://fonts.googleapis.com/css2?family=Inter&display=swap', family: 'Inter' },
  lang: 'en',
  white_label: false,
  page_title: '',
  background_style: null,
  input_style: null,
  social_button: null,
  logo_style: null,
  login_box_style: null,
  page_submit_button_style: null,
};

export const defaultLocalization = {
  language: 'English',
  iso_code: 'en',
  direction: 'ltr' as const,
  login: {
    heading: 'Welcome to ',
    sub_heading: 'Sign in or create a new account for free.',
    footer: 'by clicking login I agree with terms of use and privacy policy.',
    or: '',
    button: { text: 'Sign in without password' },
    input: { placeholder: 'Enter Your Email Address', label: 'Email' },
    phone_input: { placeholder: '', label: '' },
  },
  magic_otp: { title_text: 'Login to' },
};

/** SSOJet's example `default_redirect_url`. */
export const defaultRedirectUrl = 'https://auth.ssojet.com';
