import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: GitBook legacy {% swagger %} blocks', () => {
	test('a hand-written block shows its method and address, summary, description, parameters and responses', async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, ['--from', 'folder', importFixture('folder-gitbook-swagger/docs')]);
		expect(articleBody(site.contentDir, 'users-api')).toBe(
			[
				'Read and change the users of your workspace.',
				'**GET `https://api.example.com/v1/users/{id}`**',
				'Get a user',
				'Returns one user of your workspace.',
				'**Path parameters**',
				"- `id` (string, required): The user's id",
				'**Query parameters**',
				'- `fields` (string): Fields to return, such as `email` or `name` (default: `all`)',
				'**Headers**',
				'- `Authorization` (required): Your API token, as **`Bearer <token>`**.',
				'**Responses**',
				'**200: OK**: The user',
				'```json\n{\n  "id": "u_1",\n  "email": "ada@example.com"\n}\n```',
				'**404: Not Found**: No user has this id. Check the id in the dashboard.',
				'```json\n{ "error": "not_found" }\n```',
				'Users you delete stay in your invoices.',
				'**DELETE `https://api.example.com/v1/users/{id}`**',
				'Delete a user',
				'**Path parameters**',
				'- `id` (string, required)',
				'**Responses**',
				'**204**\n',
			].join('\n\n'),
		);
		expect(result.stdout).not.toContain('was not converted');
		expect(result.stdout).not.toContain('(folder:users-api)\n');
		expect(checkErrors(site.contentDir)).toEqual([]);
	});

	test('its address is the base URL and the path as GitBook showed them together: a port stays on its host', async () => {
		const site = emptySite(defaultsMap);
		await runImport(site, ['--from', 'folder', importFixture('folder-gitbook-swagger/docs')]);
		expect(articleBody(site.contentDir, 'local-api')).toBe(
			[
				'The desktop app listens on your own computer.',
				'**POST `http://localhost:9990/lighting`**',
				'Set the light',
				"Sets the light's state.",
				'**Request body**',
				'- `state` (string): lights\n',
			].join('\n\n'),
		);
	});

	test('an older {% api-method %} block shows the same: method and address, summary, description, parameters, responses', async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, ['--from', 'folder', importFixture('folder-gitbook-swagger/docs')]);
		expect(articleBody(site.contentDir, 'profiles-api')).toBe(
			[
				'**GET `https://api.example.com/users/:userId/profile`**',
				'Get a profile',
				"Returns a user's profile settings.",
				'**Path parameters**',
				"- `userId` (string, required): The user's id, or `me`.",
				'**Headers**',
				'- `Authorization` (string, required): Your API token',
				'**Responses**',
				'**200**',
				'The profile.',
				'```json\n{ "name": "Ada" }\n```',
				'Profiles are public unless the user hides them.\n',
			].join('\n\n'),
		);
		expect(result.stdout).not.toContain('(folder:profiles-api)\n');
	});

	test('a block drawn from a spec file shows its method and path above its link to the spec, as {% openapi %} does', async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, ['--from', 'folder', importFixture('folder-gitbook-swagger/docs')]);
		expect(articleBody(site.contentDir, 'wallets-api')).toBe(
			['**POST `/v1/wallets`**', '[wallets.yaml](./wallets-api/wallets.yaml)\n'].join('\n\n'),
		);
		expect(result.stdout).toContain(
			'an API operation block shows its method and path and its link to the spec; the parameters and responses the old site drew from the spec are not shown',
		);
	});
});
