import { acronymDefined } from './acronym-defined/index.js';
import { acronymDefinedOnce } from './acronym-defined-once/index.js';
import { acronymUsed } from './acronym-used/index.js';
import { bracketedText } from './bracketed-text/index.js';
import { bracketInAdopted } from './bracket-in-adopted/index.js';
import { relativeReference } from './relative-reference/index.js';
import { termDefinedOnce } from './term-defined-once/index.js';
import { unmatchedDelimiter } from './unmatched-delimiter/index.js';
import { repeatedWord } from './repeated-word/index.js';
import { bodyPlainText } from './body-plain-text/index.js';
import { citationDeclared } from './citation-declared/index.js';
import { forceMatchesText } from './force-matches-text/index.js';
import { instrumentTitle } from './instrument-title/index.js';
import { editorialNote } from './editorial-note/index.js';
import { internalReference } from './internal-reference/index.js';
import { numbering } from './numbering/index.js';
import { dateOrder } from './date-order/index.js';
import { evidenceRequired } from './evidence-required/index.js';
import { suspectRecord } from './suspect-record/index.js';
import { fileReadable } from './file-readable/index.js';
import { frontMatter } from './front-matter/index.js';
import { idMatchesPath } from './id-matches-path/index.js';
import { idUnique } from './id-unique/index.js';
import { knownArticle } from './known-article/index.js';
import { knownBody } from './known-body/index.js';
import { knownDocument } from './known-document/index.js';
import { knownInstrument } from './known-instrument/index.js';
import { knownState } from './known-state/index.js';
import { knownTarget } from './known-target/index.js';
import { lineageAcyclic } from './lineage-acyclic/index.js';
import { schema } from './schema/index.js';
import { sectionInOutline } from './section-in-outline/index.js';
import type { Rule, RuleMeta } from './define.js';
import { unusedSuppression } from './unused-suppression/index.js';
import { validDates } from './valid-dates/index.js';
import { yamlSyntax } from './yaml-syntax/index.js';
import { yamlPortable } from './yaml-portable/index.js';

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
  repeatedWord,
  acronymDefined,
  acronymDefinedOnce,
  acronymUsed,
  termDefinedOnce,
  internalReference,
  relativeReference,
  citationDeclared,
  instrumentTitle,
  forceMatchesText,
];

/** Every rule's meta: the rules', then unused-suppression (which the engine reports itself). */
export const RULE_METAS: readonly RuleMeta[] = [...RULES.map((r) => r.meta), unusedSuppression];



/** The rule ids, plus `internal-error` (a rule that threw) and the directive rule. */
export const RULE_IDS: ReadonlySet<string> = new Set(RULE_METAS.map((m) => m.id));
