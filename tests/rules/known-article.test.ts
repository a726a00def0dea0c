import { mini } from '../helpers/mini-text.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { knownArticle } from '../../src/rules/known-article/index.js';

ruleTester(knownArticle, {
  valid: [
    { name: 'the mini corpus', files: {} },
    { name: 'articles unknown: not checked', files: { 'paragraphs/adopted/2.md': mini('paragraphs/adopted/2.md', ['instrument: untoc', 'instrument: ia-mla'], ['["16"]', '["99"]']) } },
    { name: 'labels list', files: { 'instruments/untoc.md': mini('instruments/untoc.md', ['articles: 41', 'articles: ["1", "16", "14 bis"]']) } },
  ],
  invalid: [
    { name: 'article beyond the count', files: { 'paragraphs/adopted/2.md': mini('paragraphs/adopted/2.md', ['["16"]', '["16", ‸"42"]']) }, errors: [{ file: 'paragraphs/adopted/2.md', message: 'Article 42 does not exist in `untoc` (articles 1-41)' }] },
    // The findings are in paragraphs the case leaves as they are: copies that only add the markers.
    { name: 'label not in the list', files: { 'instruments/untoc.md': mini('instruments/untoc.md', ['articles: 41', 'articles: ["1", "14 bis"]']), 'paragraphs/adopted/2.md': mini('paragraphs/adopted/2.md', ['["16"]', '[‸"16"]']), 'paragraphs/draft/1.md': mini('paragraphs/draft/1.md', ['["16"]', '[‸"16"]']) }, errors: [{ file: 'paragraphs/adopted/2.md', message: 'Article 16 does not exist in `untoc` (2 articles)' }, { file: 'paragraphs/draft/1.md' }] },
  ],
});
