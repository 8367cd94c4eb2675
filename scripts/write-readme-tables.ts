// Regenerates the frontmatter tables in README.md from the zod schemas.
import { readFileSync, writeFileSync } from 'node:fs';
import { withFrontmatterTables } from '../src/content-model/readme-tables.ts';
import { loadTaxonomy } from '../src/content-model/settings.ts';

const readme = readFileSync('README.md', 'utf8');
const updated = withFrontmatterTables(readme, loadTaxonomy());
if (updated !== readme) writeFileSync('README.md', updated);
console.log(updated === readme ? 'README.md tables are current.' : 'README.md tables updated.');
