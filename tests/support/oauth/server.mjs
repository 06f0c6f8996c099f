// A real OAuth 2.0 authorization server for Mail Doctor's tests: panva's oidc-provider
// (pinned in package.json / package-lock.json), on 127.0.0.1 only, on a free port.
//
//   node server.mjs STATEFILE
// Listens on 127.0.0.1:0, then writes {"issuer": "...", "port": N} to STATEFILE (atomically)
// and serves until SIGTERM. Clients:
//   maildoctor  public native client (token_endpoint_auth_method none), loopback redirects on
//               any port (RFC 8252 §7.3), PKCE S256 required, refresh tokens with rotation
//   dovecot     confidential client (client_secret_basic) for RFC 7662 introspection
// devInteractions: any login name is accepted as the account id (the token's "sub").
// ACCESS_TOKEN_TTL (seconds, default 3600) sets the access token lifetime.
import { createServer } from 'node:http';
import { renameSync, writeFileSync } from 'node:fs';
import Provider from 'oidc-provider';

const stateFile = process.argv[2];
if (!stateFile) {
    console.error('usage: node server.mjs STATEFILE');
    process.exit(2);
}
export const DOVECOT_SECRET = 'dovecot-introspection-secret';

const server = createServer();
server.listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    const issuer = `http://127.0.0.1:${port}`;
    const provider = new Provider(issuer, {
        clients: [
            {
                client_id: 'maildoctor',
                application_type: 'native',
                token_endpoint_auth_method: 'none',
                grant_types: ['authorization_code', 'refresh_token'],
                response_types: ['code'],
                redirect_uris: ['http://127.0.0.1/', 'http://localhost/'],
            },
            {
                client_id: 'dovecot',
                client_secret: DOVECOT_SECRET,
                token_endpoint_auth_method: 'client_secret_basic',
                grant_types: [],
                response_types: [],
                redirect_uris: [],
            },
        ],
        scopes: ['openid', 'offline_access', 'mail'],
        pkce: { methods: ['S256'], required: () => true },
        features: {
            devInteractions: { enabled: true },
            introspection: { enabled: true },
            revocation: { enabled: true },
        },
        issueRefreshToken: async (ctx, client) => client.grantTypeAllowed('refresh_token'),
        rotateRefreshToken: true,
        ttl: {
            AccessToken: Number(process.env.ACCESS_TOKEN_TTL || 3600),
            AuthorizationCode: 120,
            Interaction: 600,
            Session: 600,
            Grant: 3600,
            RefreshToken: 3600,
        },
    });
    provider.proxy = false;
    server.on('request', provider.callback());
    writeFileSync(`${stateFile}.tmp`, JSON.stringify({ issuer, port, dovecot_secret: DOVECOT_SECRET }) + '\n');
    renameSync(`${stateFile}.tmp`, stateFile);
    console.log(`oauth server: listening on ${issuer}`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
