#!/usr/bin/env node
// Runs the steps of a composite action (action.yml) on this machine as a GitHub runner would,
// for tests and for trying the action locally: inputs with their defaults, `${{ }}` expressions
// (inputs, github, steps.<id>.outputs, env; ==, !=, &&, ||, !, always(), success(), failure()),
// each step's `if`, env, GITHUB_OUTPUT and GITHUB_ACTION_PATH. A `uses:` step cannot run
// without the network: it is reported ("would run ...") with its inputs, when its `if` holds.
//
//   node scripts/run-action.mjs [--input name=value]... [--github key=value]... [--skip <step name>]...
//
// Prints one line per step, `@@step {name, ran, exitCode?, outputs?, uses?, with?}` (the steps'
// own output goes to stdout as it comes), and exits with the
// status the job would have (1 if a step failed and was not continue-on-error).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const actionPath = join(dirname(fileURLToPath(import.meta.url)), '..');
const action = parse(readFileSync(join(actionPath, 'action.yml'), 'utf8'));
const args = process.argv.slice(2);
const inputs = {};
const github = { action_path: actionPath, event_name: 'push', repository: 'owner/repo', event: {} };
const skip = new Set();
for (const [k, v] of Object.entries(action.inputs ?? {})) inputs[k] = v.default ?? '';
for (let i = 0; i < args.length; i += 2) {
  const [flag, val] = [args[i], args[i + 1] ?? ''];
  const eq = val.indexOf('=');
  if (flag === '--input') inputs[val.slice(0, eq)] = val.slice(eq + 1);
  else if (flag === '--github') setPath(github, val.slice(0, eq).split('.'), val.slice(eq + 1));
  else if (flag === '--skip') skip.add(val);
  else { console.error(`unknown option ${flag}`); process.exit(2); }
}
function setPath(o, path, v) {
  let x = o;
  for (const k of path.slice(0, -1)) x = x[k] ??= {};
  x[path.at(-1)] = v;
}

const steps = {};
let failed = false;

/** Evaluates a GitHub Actions expression (the subset actions here use). */
function evaluate(src, ctx) {
  const toks = src.match(/'(?:[^']|'')*'|&&|\|\||==|!=|[()!]|[A-Za-z_][\w.-]*(?:\(\))?|\d+/g) ?? [];
  let i = 0;
  const peek = () => toks[i];
  const next = () => toks[i++];
  const primary = () => {
    const t = next();
    if (t === '(') { const v = or(); next(); return v; }
    if (t === '!') return !truthy(primary());
    if (t.startsWith("'")) return t.slice(1, -1).replace(/''/g, "'");
    if (/^\d+$/.test(t)) return Number(t);
    if (t === 'true' || t === 'false') return t === 'true';
    if (t === 'always()') return true;
    if (t === 'success()') return !failed;
    if (t === 'failure()') return failed;
    return t.split('.').reduce((o, k) => (o == null ? undefined : o[k]), ctx) ?? '';
  };
  const cmp = () => {
    let v = primary();
    while (peek() === '==' || peek() === '!=') {
      const op = next();
      const w = primary();
      const eq = String(v).toLowerCase() === String(w).toLowerCase();
      v = op === '==' ? eq : !eq;
    }
    return v;
  };
  const and = () => { let v = cmp(); while (peek() === '&&') { next(); const w = cmp(); v = truthy(v) ? w : v; } return v; };
  const or = () => { let v = and(); while (peek() === '||') { next(); const w = and(); v = truthy(v) ? v : w; } return v; };
  return or();
}
const report = (o) => process.stdout.write(`@@step ${JSON.stringify(o)}\n`);
const truthy = (v) => v !== '' && v !== false && v !== 0 && v != null;
const interpolate = (s, ctx) => String(s).replace(/\$\{\{([\s\S]*?)\}\}/g, (_, e) => String(evaluate(e.trim(), ctx)));

for (const step of action.runs.steps) {
  const ctx = { inputs, github, steps, env: process.env };
  const name = step.name ?? step.id ?? step.uses;
  const cond = step.if === undefined ? 'success()' : String(step.if).replace(/^\$\{\{([\s\S]*)\}\}$/, '$1');
  const usesStatus = /\b(always|success|failure|cancelled)\(\)/.test(cond);
  const ok = truthy(evaluate(usesStatus ? cond : `success() && (${cond})`, ctx));
  if (!ok || skip.has(name)) {
    report({ name, ran: false, ...(skip.has(name) && ok ? { skipped: true } : {}) });
    continue;
  }
  if (step.uses) {
    const w = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, interpolate(v, ctx)]));
    report({ name, ran: false, uses: step.uses, with: w });
    continue;
  }
  const out = join(mkdtempSync(join(tmpdir(), 'action-out-')), 'output');
  writeFileSync(out, '');
  const env = { ...process.env, GITHUB_ACTION_PATH: actionPath, GITHUB_OUTPUT: out, GITHUB_EVENT_NAME: github.event_name, GITHUB_BASE_REF: github.base_ref ?? '' };
  for (const [k, v] of Object.entries(step.env ?? {})) env[k] = interpolate(v, ctx);
  const r = spawnSync(step.shell ?? 'bash', ['-e', '-c', interpolate(step.run, ctx)], { env, stdio: ['ignore', 'inherit', 'inherit'] });
  const outputs = {};
  for (const line of readFileSync(out, 'utf8').split('\n')) {
    const eq = line.indexOf('=');
    if (eq > 0) outputs[line.slice(0, eq)] = line.slice(eq + 1);
  }
  if (step.id) steps[step.id] = { outputs, outcome: r.status === 0 ? 'success' : 'failure' };
  if (r.status !== 0 && !step['continue-on-error']) failed = true;
  report({ name, ran: true, exitCode: r.status, outputs });
}
process.exit(failed ? 1 : 0);
