/**
 * The plan.config.yaml that `plan init` writes: every option present and
 * commented out, with what it does, so that a user switches one on by
 * removing a `#`. The rule list comes from the rules themselves, so it never
 * drifts from what `plan lint --list-rules` prints.
 */
export function configTemplate(rules: ReadonlyArray<{ id: string; severity: string; description: string }>): string {
  const width = Math.max(0, ...rules.map((r) => r.id.length));
  const lines = [
    '# plan.config.yaml: the corpus configuration (optional; `plan schema config` prints its schema).',
    '# Every option is shown with its default, commented out: remove the `#` to change one.',
    '',
    '# Rule severities: error (exit 1), warn (reported, exit 0 unless --max-warnings) or off.',
    '# rules:',
  ];
  for (const r of rules) lines.push(`#   ${r.id.padEnd(width)}: ${r.severity.padEnd(5)}  # ${r.description}`);
  lines.push(
    '',
    '# `plan gaps`: records whose as-of is older than this many years are marked stale.',
    '# stale-after-years: 5',
    '',
  );
  return lines.join('\n');
}
