// Salesforce's OAuth 2.0 client credentials flow, the documented server-to-server way: the
// external client app's (or connected app's) consumer key and secret are exchanged for
// an access token at the org's own My Domain (`POST /services/oauth2/token`), and the
// token acts as the app's "Run As" user. The answer names an `instance_url`; the pull
// does not follow it: the token goes to the configured My Domain only.
import { z } from 'astro/zod';
import type { ServiceClient } from '../../http/client.ts';
import { ServiceError } from '../../http/errors.ts';

const tokenSchema = z.object({
	access_token: z.string().min(1).optional(),
	token_type: z.string().optional(),
});

/**
 * The access token, asked for once, when the pull first needs one. The answer says
 * nothing of how long it lasts (the org's session timeout decides, two hours by default):
 * a pull that outlasts it stops on the 401 and the next run resumes with a new one.
 * A wrong key or secret is answered with a 400 and `{ error, error_description }`.
 */
export function createSalesforceToken(
	instance: ServiceClient,
	credentials: { clientId: string; clientSecret: string },
): () => Promise<string> {
	let current: Promise<string> | undefined;
	return () => {
		if (!current) {
			const asked = instance
				.json(
					{
						method: 'POST',
						url: '/services/oauth2/token',
						anonymous: true,
						refusedStatuses: [400],
						form: {
							grant_type: 'client_credentials',
							client_id: credentials.clientId,
							client_secret: credentials.clientSecret,
						},
					},
					tokenSchema,
					(body) =>
						body.access_token === undefined
							? { error: new ServiceError('POST /services/oauth2/token: Salesforce answered without an access_token') }
							: undefined,
				)
				.then((body) => body.access_token as string);
			current = asked;
			asked.catch(() => {
				if (current === asked) current = undefined;
			});
		}
		return current;
	};
}
