import { jsonForScript } from './escape.js';
import type { SearchEntry } from './types.js';

/**
 * The search section: a labelled search box and the paragraph index, embedded
 * as JSON (`[id, document, text]` each). The inline script searches it offline.
 */
export function renderSearch(entries: SearchEntry[]): string {
  const index = entries.map((e) => [e.id, e.document, e.text]);
  return `<section id="search" aria-labelledby="search-h">
<h2 id="search-h">Search the texts</h2>
<form class="search-box" role="search" aria-labelledby="search-h" action="#search">
<label for="search-input">Words in a paragraph (accents and case do not matter; "a phrase" in quotes)</label>
<input type="search" id="search-input" name="q" autocomplete="off" spellcheck="false" aria-describedby="search-status" aria-controls="search-results">
</form>
<p id="search-status" role="status" aria-live="polite">Search needs JavaScript: ${entries.length} paragraphs are indexed.</p>
<ol id="search-results"></ol>
<script type="application/json" id="search-index">${jsonForScript(index)}</script>
</section>`;
}
