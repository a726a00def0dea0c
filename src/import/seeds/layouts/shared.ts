/** What more than one layout names. */
import type { UnresolvedRef } from '../../../corpus/types.js';

/** The Plan as adopted, which the later texts build on; its text is not in the corpus. */
export const CP_RES_908: UnresolvedRef = {
  target: 'cp-res-908-2006',
  resolved: false,
  description:
    'Hemispheric Plan of Action against Transnational Organized Crime as adopted by the Permanent Council, CP/RES. 908 (1567/06), October 2006 — text not in the corpus',
};
