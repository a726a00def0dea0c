import { mini, withBody } from '../helpers/mini-text.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { forceMatchesText } from '../../src/rules/force-matches-text/index.js';

const f = 'paragraphs/adopted/1.md';
/** The finding is at the front matter's `force` value. */
const AT_FORCE: [string, string] = ['force: should', 'force: ‸should'];
ruleTester(forceMatchesText, {
  valid: [{ name: 'the mini corpus', files: {} }, { name: 'no normative wording of its own', files: { [f]: withBody(mini(f), 'United Nations Convention against Transnational Organized Crime;') } }],
  invalid: [
    { name: 'front matter says should, text says shall', files: { [f]: mini(f, AT_FORCE, ['Member states should ratify', 'Member states shall ratify']) }, errors: [{ file: f, message: 'the text says "shall"' }] },
    { name: 'the strongest governs', files: { [f]: mini(f, AT_FORCE, ['Member states should ratify', 'Member states may and must ratify']) }, errors: [{ file: f, message: '(`must`)' }] },
  ],
});
