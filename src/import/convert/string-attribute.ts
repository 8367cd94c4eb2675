import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx';

/** `{"text"}`, `{'text'}` or `` {`text`} ``: one string and nothing else, without escapes or `${…}`. */
const STRING_CODE = /^\s*(?:"([^"\\\n]*)"|'([^'\\\n]*)'|`([^`\\$]*)`)\s*$/;

/**
 * The text an attribute gives, whether written as text (`alt="Fill line"`) or as a
 * string in code (`alt={"Fill line"}`, `src={'/img/lid.png'}`), which MDX reads the
 * same; undefined for a bare attribute or code that is more than a string.
 */
export function attributeText(value: MdxJsxAttribute['value']): string | undefined {
	if (typeof value === 'string') return value;
	if (value === null || value === undefined) return undefined;
	const match = STRING_CODE.exec(value.value);
	return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}
