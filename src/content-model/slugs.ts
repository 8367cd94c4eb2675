import anyAscii from 'any-ascii';
import { slug } from 'github-slugger';
import { slugSchema } from './schemas/article.ts';

/** A letter of any script but the Latin one (Cyrillic, Greek, kana, Han, Hangul, Arabic...). */
const OTHER_SCRIPT_LETTER = /(?!\p{Script=Latin})\p{L}/u;

/** Whether every letter of a text is a Latin one, accented or not, so its slug reads as it is written. */
export function isLatinScript(text: string): boolean {
	return !OTHER_SCRIPT_LETTER.test(text);
}

/**
 * Text outside ASCII in Latin letters: accents go (`é` → `e`), `ß` is `ss`, and a run
 * in another script is spelt out apart from the words around it (`Как сбросить
 * пароль` → `Kak sbrosit' parol'`). Chinese characters, which write no spaces, come
 * back as syllables run together (`ZhongZhi`) and are split into them. ASCII is left
 * alone, so `GitHub` stays one word.
 */
function latinLetters(title: string): string {
	return title.replace(/[^\p{ASCII}]+/gu, (run) => {
		const spelt = anyAscii(run);
		if (isLatinScript(run)) return spelt;
		return ` ${/\p{Script=Han}/u.test(run) ? spelt.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2') : spelt} `;
	});
}

/**
 * Emoji and the marks that build them (skin tones, variation selectors, joiners, keycaps,
 * flags): a title's decoration (`🗑️ SafeAreaView`, `🚀 Quick start`), which any-ascii
 * would spell out as words nobody types (`wastebasket-safeareaview`).
 */
export const EMOJI = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}|\u{FE0F}|\u{200D}|\u{20E3}/gu;

/**
 * Marks that join two words (`Adding/Editing`, `Drag+drop`, `A|B`), and a dot between
 * letters or digits (`defaults.yml`, `What's new in 2.0`), which github-slugger drops,
 * running the words together (`addingediting`, `defaultsyml`, `whats-new-in-20`).
 */
const WORD_JOINER = /(?<=[\p{L}\p{N}])[/\\|+.](?=[\p{L}\p{N}])/gu;

/**
 * The file name (and URL) for a title: github-slugger's slug of the title in Latin
 * letters, reduced to the lowercase kebab-case the content model accepts ("Can't
 * verify DKIM? Try this" → "cant-verify-dkim-try-this", "Réglages" → "reglages",
 * "Как сбросить пароль" → "kak-sbrosit-parol"), words joined by a slash or a dot kept apart
 * ("Adding/Editing" → "adding-editing", "defaults.yml" → "defaults-yml"), emoji left out
 * ("🗑️ SafeAreaView" → "safeareaview").
 */
export function slugFromTitle(title: string): string {
	return slug(latinLetters(title.normalize('NFC').replace(EMOJI, ' ')).replace(WORD_JOINER, ' '))
		.replace(/[^a-z0-9-]+/g, '-')
		.replace(/-{2,}/g, '-')
		.replace(/^-|-$/g, '');
}

export function isValidSlug(value: string): boolean {
	return slugSchema.safeParse(value).success;
}
