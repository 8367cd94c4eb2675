import path from 'node:path';
import { resolveBrand } from '../brand/assets.ts';
import { site } from './data.ts';

/**
 * The logo, icons and theme colour every page shows. The brand integration has already
 * stopped the build if a file the settings name is missing or is not what it says.
 */
export const brand = resolveBrand(site, path.resolve('public')).brand;
