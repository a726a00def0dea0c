import { acronymDefined } from './acronym-defined.js';
import { acronymDefinedOnce } from './acronym-defined-once.js';
import { acronymUsed } from './acronym-used.js';
import { bracketedText } from './bracketed-text.js';
import { bracketInAdopted } from './bracket-in-adopted.js';
import { relativeReference } from './relative-reference.js';
import { termDefinedOnce } from './term-defined-once.js';
import { unmatchedDelimiter } from './unmatched-delimiter.js';
import { bodyPlainText } from './body-plain-text.js';
import { citationDeclared } from './citation-declared.js';
import { forceMatchesText } from './force-matches-text.js';
import { instrumentTitle } from './instrument-title.js';
import { editorialNote } from './editorial-note.js';
import { internalReference } from './internal-reference.js';
import { numbering } from './numbering.js';
import { dateOrder } from './date-order.js';
import { evidenceRequired } from './evidence-required.js';
import { suspectRecord } from './suspect-record.js';
import { fileReadable } from './file-readable.js';
import { frontMatter } from './front-matter.js';
import { idMatchesPath } from './id-matches-path.js';
import { idUnique } from './id-unique.js';
import { knownArticle } from './known-article.js';
import { knownBody } from './known-body.js';
import { knownDocument } from './known-document.js';
import { knownInstrument } from './known-instrument.js';
import { knownState } from './known-state.js';
import { knownTarget } from './known-target.js';
import { lineageAcyclic } from './lineage-acyclic.js';
import { schema } from './schema.js';
import { sectionInOutline } from './section-in-outline.js';
import type { Rule } from './types.js';
import { unusedSuppression } from './unused-suppression.js';
import { validDates } from './valid-dates.js';
import { yamlSyntax } from './yaml-syntax.js';
import { yamlPortable } from './yaml-portable.js';

/** Every rule, in the order they run. */
export const RULES: readonly Rule[] = [
  fileReadable,
  frontMatter,
  yamlSyntax,
  yamlPortable,
  schema,
  idMatchesPath,
  idUnique,
  knownDocument,
  knownInstrument,
  knownArticle,
  knownTarget,
  knownBody,
  knownState,
  sectionInOutline,
  lineageAcyclic,
  validDates,
  dateOrder,
  evidenceRequired,
  suspectRecord,
  bodyPlainText,
  numbering,
  editorialNote,
  bracketedText,
  bracketInAdopted,
  unmatchedDelimiter,
  acronymDefined,
  acronymDefinedOnce,
  acronymUsed,
  termDefinedOnce,
  internalReference,
  relativeReference,
  citationDeclared,
  instrumentTitle,
  forceMatchesText,
  unusedSuppression,
];


/** The rule ids, plus `internal-error` (a rule that threw) and the directive rule. */
export const RULE_IDS: ReadonlySet<string> = new Set([...RULES.map((r) => r.id)]);
