/** Where a rule's documentation is (docs/rules.md, one section per rule, anchored by its id). */
export function ruleDocs(id: string): string {
  return `docs/rules.md#${id}`;
}
