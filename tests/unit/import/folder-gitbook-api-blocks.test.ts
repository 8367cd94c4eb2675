import { describe, expect, test } from 'vitest';
import { articleBody, checkErrors, defaultsMap, emptySite, importFixture, runImport } from './helpers.ts';

describe('folder import: GitBook API operation blocks', () => {
	test('an {% openapi %} or {% openapi-operation %} block shows its method and path above its link to the spec', async () => {
		const site = emptySite(defaultsMap);
		const result = await runImport(site, ['--from', 'folder', importFixture('folder-gitbook-api-blocks/docs')]);
		expect(articleBody(site.contentDir, 'export-a-report')).toBe(
			[
				'Ask for the report in the format you need.',
				'## As CSV',
				'**GET `/v2/reports/{id}/csv`**',
				'[reports.yaml](./export-a-report/reports.yaml)',
				'## As PDF',
				'**POST `/v2/reports/{id}/pdf`**',
				'[OpenAPI reports-api](https://api.example.com/reports-api.yaml)',
				"The PDF keeps the report's charts.\n",
			].join('\n\n'),
		);
		expect(result.stdout).not.toContain('was not converted');
		expect(result.stdout).toContain(
			'an API operation block shows its method and path and its link to the spec; the parameters and responses the old site drew from the spec are not shown',
		);
		expect(checkErrors(site.contentDir)).toEqual([]);
	});
});
