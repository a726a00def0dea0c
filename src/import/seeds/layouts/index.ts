/**
 * The layouts of the five source texts (sources/seeds/), one module each, in
 * the order the importer reads them. A new source text is a new layout here.
 */
import type { DocLayout } from '../layout.js';
import { cedotDraft2006 } from './cedot-draft-2006.js';
import { cshRecommendations2005 } from './csh-recommendations-2005.js';
import { gtdotWorkplan2008 } from './gtdot-workplan-2008.js';
import { mexDraft2005 } from './mex-draft-2005.js';
import { strategy2021 } from './strategy-2021.js';

export const DOC_LAYOUTS: readonly DocLayout[] = [mexDraft2005, cedotDraft2006, cshRecommendations2005, strategy2021, gtdotWorkplan2008];
