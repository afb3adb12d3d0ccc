import { type User, UserManager, WebStorageStateStore } from 'oidc-client-ts';

/** What the console server tells the browser at `/config.json`: the provider to sign in with. */
export interface ConsoleConfig {
  issuer: string;
  clientId: string;
  /** The API's resource indicator (RFC 8707): the access token is issued for the Jaring API. */
  resource: string;
}

export interface Officer {
  subject: string;
  name: string;
  roles: string[];
  tenants: string[];
  accessToken: string;
}

export async function createUserManager(): Promise<UserManager> {
  const response = await fetch('/config.json');
  if (!response.ok) throw new Error(`console configuration: HTTP ${response.status}`);
  const config = (await response.json()) as ConsoleConfig;
  return new UserManager({
    authority: config.issuer,
    client_id: config.clientId,
    redirect_uri: `${window.location.origin}/auth/callback`,
    post_logout_redirect_uri: `${window.location.origin}/`,
    response_type: 'code',
    scope: 'openid profile',
    resource: config.resource,
    // Authorization code with PKCE (oidc-client-ts always sends a code challenge); tokens live for the tab only.
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    // No refresh token is asked for (no offline_access): an officer signs in again after the token's 8 h.
    automaticSilentRenew: false,
  });
}

/** Roles and regencies are claims of the access token (the services read the same ones). */
export function officerOf(user: User): Officer {
  const payload = JSON.parse(atob(user.access_token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))) as {
    roles?: string[];
    tenants?: string[];
  };
  return {
    subject: user.profile.sub,
    name: user.profile.name ?? user.profile.sub,
    roles: payload.roles ?? [],
    tenants: payload.tenants ?? [],
    accessToken: user.access_token,
  };
}
