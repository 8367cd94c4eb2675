// Zoho's OAuth for Desk: the access token every Desk request carries lasts an hour, so
// the ticket pull and the knowledge base import refresh one from the Self Client's refresh
// token at the accounts host of the organization's own data center (`accounts.zoho.eu`
// for `desk.zoho.eu`), and only there.
import { z } from 'astro/zod';
import { plainLine } from '../cli/untrusted-text.ts';
import type { ServiceClient } from '../http/client.ts';
import { ServiceError } from '../http/errors.ts';

const tokenSchema = z.object({
	access_token: z.string().min(1).optional(),
	expires_in: z.number().positive().optional(),
	error: z.string().optional(),
});

/**
 * Zoho's refresh-token grant: an access token, asked for at the accounts host when the
 * pull or import first needs one and again five minutes before it runs out (they last an hour).
 * Zoho answers a refused refresh token with a 200 and `{ error }`: that is a refusal.
 */
export function createZohoToken(
	accounts: ServiceClient,
	credentials: { clientId: string; clientSecret: string; refreshToken: string },
	now: () => number = Date.now,
) {
	let current: { token: Promise<string>; until: number } | undefined;
	return () => {
		if (!current || now() >= current.until) {
			const asked = now();
			const entry: { token: Promise<string>; until: number } = {
				until: Number.POSITIVE_INFINITY,
				token: accounts
					.json(
						{
							method: 'POST',
							url: '/oauth/v2/token',
							anonymous: true,
							form: {
								grant_type: 'refresh_token',
								client_id: credentials.clientId,
								client_secret: credentials.clientSecret,
								refresh_token: credentials.refreshToken,
							},
						},
						tokenSchema,
						(body) => {
							if (body.error !== undefined) {
								const said = plainLine(body.error, 80);
								return { error: accounts.refused(`the token refresh answered ${said}`, { said }) };
							}
							if (body.access_token === undefined) {
								return { error: new ServiceError('POST /oauth/v2/token: Zoho answered without an access_token') };
							}
							return undefined;
						},
					)
					.then((body) => {
						entry.until = asked + ((body.expires_in ?? 3600) - 300) * 1000;
						return body.access_token as string;
					}),
			};
			current = entry;
			entry.token.catch(() => {
				if (current === entry) current = undefined;
			});
		}
		return current.token;
	};
}
