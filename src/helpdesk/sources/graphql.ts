import { z } from 'astro/zod';
import { plainLine } from '../../cli/untrusted-text.ts';
import type { BodyVerdict, ServiceClient } from '../../http/client.ts';
import { ServiceError } from '../../http/errors.ts';

/** GraphQL's `errors` list, with the `extensions.code` Plain documents for query errors. */
export const graphqlErrorsSchema = z.array(
	z.object({ message: z.string().nullish(), extensions: z.object({ code: z.string().nullish() }).nullish() }),
);

/** A GraphQL response: `data` (null when the query failed) and `errors`. */
export function graphqlResponse<Data extends z.ZodType>(data: Data) {
	return z.object({ data: data.nullish(), errors: graphqlErrorsSchema.nullish() });
}

/**
 * What the `errors` of a 200 response mean, per Plain's "Error handling" page:
 * UNAUTHENTICATED is refused credentials, FORBIDDEN a valid key without a permission
 * the query needs, INTERNAL_SERVER_ERROR is worth another try, anything else (a query
 * the schema rejects) stops the pull.
 */
export function graphqlVerdict(
	body: { data?: unknown; errors?: z.output<typeof graphqlErrorsSchema> | null },
	context: { vendor: string; label: string; client: ServiceClient },
): BodyVerdict | undefined {
	const first = body.errors?.[0];
	if (!first) {
		if (body.data === null || body.data === undefined) {
			return {
				error: new ServiceError(
					`${context.label}: the response is not what the API documents (neither data nor errors)`,
				),
			};
		}
		return undefined;
	}
	const code = first.extensions?.code ?? '';
	const message = plainLine(first.message ?? '', 160);
	if (code === 'UNAUTHENTICATED') return { error: context.client.refused(`${code}: ${message}`) };
	if (code === 'FORBIDDEN') {
		return { error: context.client.refused(code, { said: message, refusal: { kind: 'permission', code } }) };
	}
	if (code === 'INTERNAL_SERVER_ERROR') return { retry: `an internal error (${message})` };
	return { error: new ServiceError(`${context.label}: ${context.vendor} answered ${code || 'an error'}: ${message}`) };
}
