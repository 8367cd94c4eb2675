import { z } from 'astro/zod';
import { plainText } from '../content-model/schemas/fields.ts';
import { english, type UiKey, type UiStrings, uiKeys } from './english.ts';
import { placeholdersOf } from './strings.ts';

const pluralText = z.strictObject({
	zero: plainText().min(1).optional(),
	one: plainText().min(1).optional(),
	two: plainText().min(1).optional(),
	few: plainText().min(1).optional(),
	many: plainText().min(1).optional(),
	other: plainText().min(1),
});

/**
 * One string: text, or its forms by plural category, `other` always among them. Not a
 * union: a union's error says only that neither fits, where this one says which form
 * of the object is missing or wrong.
 */
const uiText = z.custom<unknown>().transform((value, context) => {
	const result = (typeof value === 'object' && value !== null ? pluralText : plainText().min(1)).safeParse(value);
	if (result.success) return result.data;
	for (const issue of result.error.issues) context.addIssue({ ...issue, input: issue.input } as never);
	return z.NEVER;
});

/**
 * `ui:` in `content/tryblock.yaml`: the team's own wording of any interface string, by
 * its key in `src/ui/english.ts` (`search.placeholder: Hilfe durchsuchen`), over the
 * English and the built-in translation. An unknown key, or a `{value}` the string does
 * not have, is an error naming it.
 */
export const uiOverridesSchema = z
	.strictObject(
		Object.fromEntries(uiKeys.map((key) => [key, uiText.optional()])) as Record<UiKey, z.ZodOptional<typeof uiText>>,
	)
	.superRefine((overrides, context) => {
		for (const [key, text] of Object.entries(overrides) as [UiKey, UiStrings[UiKey] | undefined][]) {
			if (text === undefined) continue;
			const known = placeholdersOf(english[key]);
			const expected = known.size > 0 ? `only ${[...known].map((each) => `{${each}}`).join(', ')}` : 'no {value}';
			const forms =
				typeof text === 'string'
					? [[[key], text] as const]
					: Object.entries(text).map(([category, form]) => [[key, category], form ?? ''] as const);
			for (const [path, form] of forms) {
				if ([...placeholdersOf(form)].every((name) => known.has(name))) continue;
				context.addIssue({ code: 'custom', path: [...path], message: `text with ${expected}`, input: form });
			}
		}
	})
	.prefault({});
