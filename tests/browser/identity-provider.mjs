// A council's identity provider for the tests: npm's oidc-provider on a loopback port, with its
// development sign-in pages (any login, which becomes the account's verified email address),
// one client (Frontdoor) that must use PKCE.
import Provider from 'oidc-provider';

export const CLIENT_ID = 'frontdoor';
export const CLIENT_SECRET = 'a-test-client-secret';

export async function startIdentityProvider(port, redirectUri) {
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: [{
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
      redirect_uris: [redirectUri],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    }],
    pkce: { methods: ['S256'], required: () => true },
    scopes: ['openid', 'email'],
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    conformIdTokenClaims: false,
    findAccount: async (ctx, sub) => ({
      accountId: sub,
      claims: async () => ({ sub, email: sub, email_verified: true }),
    }),
    features: { devInteractions: { enabled: true } },
    cookies: { keys: ['frontdoor-test-cookie-key'] },
  });
  const server = await new Promise((resolve) => { const s = provider.listen(port, '127.0.0.1', () => resolve(s)); });
  return { issuer, stop: () => new Promise((resolve) => server.close(resolve)) };
}
