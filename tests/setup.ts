import { loadMarkdown } from '../src/model/markdown.js';

// Tests call lint() directly on corpora of every shape; a run of `plan` loads the Markdown
// parser first only when a file needs it (prepareLint), which tests/lint/prepare.test.ts checks.
await loadMarkdown();
