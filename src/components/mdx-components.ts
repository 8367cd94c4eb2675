import type { MdxComponentName } from '../markdown/mdx-components.ts';
import Aside from './Aside.astro';

/**
 * What every MDX article and runbook page passes to `<Content components={...} />`.
 * Typed against the one list of names (src/markdown/mdx-components.ts) that
 * `npm run check` reads, so a component added here without its name there, or the
 * other way round, fails the type check.
 */
export const mdxComponents = { Aside } satisfies Record<MdxComponentName, unknown>;
