/**
 * The catalogue of hostile inputs (tests/hostile/catalogue.test.ts runs each through
 * `plan lint`; tests/model/portable.test.ts checks its schema cases with a second JSON Schema
 * validator). Each with its expected report: file, line, rule, message, exit code.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { mini } from '../helpers/mini-text.js';
import type { Overrides } from '../helpers/rule-tester.js';

export interface Expect { file: string; line: number; rule: string; message?: string }
export interface Case { name: string; files?: Overrides; setup?: (root: string) => void; expect: Expect[]; exit?: number }

const I = 'instruments/x.md';
const P = 'paragraphs/adopted/2.md';
const p2 = mini(P);
const inst = (extra: string) => `---\nid: x\ntitle: T\ntype: convention\norganization: O\nsources: [s]\n${extra}---\n`;
const mkfifo = (p: string) => execFileSync('mkfifo', [p]);

export const CASES: Case[] = [
  { name: '---js front matter', files: { [I]: '---js\n{id: "x"}\n---\n' }, expect: [{ file: I, line: 1, rule: 'front-matter', message: '---js' }] },
  { name: '---javascript', files: { [I]: '---javascript\n{}\n---\n' }, expect: [{ file: I, line: 1, rule: 'front-matter', message: '---javascript' }] },
  { name: '---JS', files: { [I]: '---JS\n{}\n---\n' }, expect: [{ file: I, line: 1, rule: 'front-matter', message: '---JS' }] },
  { name: '---coffee', files: { [I]: '---coffee\nid: x\n---\n' }, expect: [{ file: I, line: 1, rule: 'front-matter' }] },
  { name: '---toString', files: { [I]: '---toString\nid: x\n---\n' }, expect: [{ file: I, line: 1, rule: 'front-matter' }] },
  { name: '---__proto__', files: { [I]: '---__proto__\nid: x\n---\n' }, expect: [{ file: I, line: 1, rule: 'front-matter' }] },
  { name: 'alias bomb', files: { [I]: '---\na: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n---\n' }, expect: [{ file: I, line: 3, rule: 'yaml-syntax', message: 'aliases' }] },
  { name: 'single alias', files: { [I]: inst('other: &o x\nmore: *o\n') }, expect: [{ file: I, line: 8, rule: 'yaml-syntax', message: 'aliases' }] },
  { name: 'undefined alias', files: { [I]: inst('more: *nothing\n') }, expect: [{ file: I, line: 7, rule: 'yaml-syntax', message: 'aliases' }] },
  { name: 'duplicate keys', files: { [I]: inst('title: again\n') }, expect: [{ file: I, line: 7, rule: 'yaml-syntax', message: 'Duplicate key' }] },
  { name: 'merge key is not merged', files: { [I]: inst('<<: {x: 1}\n') }, expect: [{ file: I, line: 7, rule: 'schema', message: 'Unknown key `<<`' }, { file: I, line: 7, rule: 'yaml-portable', message: 'a merge of another mapping' }] },
  { name: '!!js/function tag', files: { [I]: inst('fn: !!js/function "function(){return 1}"\n') }, expect: [{ file: I, line: 7, rule: 'yaml-syntax', message: 'Unknown YAML tag' }] },
  { name: '!foo tag', files: { [I]: inst('fn: !foo bar\n') }, expect: [{ file: I, line: 7, rule: 'yaml-syntax', message: 'Unknown YAML tag' }] },
  { name: '!!binary tag', files: { [I]: inst('fn: !!binary aGVsbG8=\n') }, expect: [{ file: I, line: 7, rule: 'yaml-syntax', message: 'Unknown YAML tag' }] },
  { name: '__proto__ at top level', files: { [I]: inst('__proto__: {polluted: true}\n') }, expect: [{ file: I, line: 7, rule: 'schema', message: '__proto__' }] },
  { name: 'constructor nested', files: { [I]: inst('adopted: {constructor: {prototype: 1}}\n') }, expect: [{ file: I, line: 7, rule: 'schema', message: 'constructor' }] },
  { name: 'prototype in a list item', files: { [P]: p2.replace('    text: (Article 16 of UNTOC)', '    text: (Article 16 of UNTOC)\n    prototype: x') }, expect: [{ file: P, line: 14, rule: 'schema', message: 'prototype' }] },
  { name: '20,000-level nesting after a 1,000-level file', files: { 'instruments/a.md': '---\nid: ' + '['.repeat(1000) + ']'.repeat(1000) + '\n---\n', 'instruments/b.md': '---\nid: ' + '['.repeat(20000) + ']'.repeat(20000) + '\n---\n' }, expect: [{ file: 'instruments/a.md', line: 2, rule: 'yaml-syntax', message: 'more than 64' }, { file: 'instruments/b.md', line: 2, rule: 'yaml-syntax', message: 'more than 64' }] },
  { name: 'deep block nesting', files: { [I]: '---\n' + Array.from({ length: 200 }, (_, i) => ' '.repeat(i) + `k${i}:`).join('\n') + ' x\n---\n' }, expect: [{ file: I, line: 66, rule: 'yaml-syntax', message: 'more than 64 levels' }] },
  { name: '100 KB body of *a', files: { [P]: p2 + '*a'.repeat(50_000) }, expect: [{ file: P, line: 23, rule: 'body-plain-text', message: 'not parsed' }] },
  { name: '100 KB body of >', files: { [P]: p2.replace(/---\nMember[^\n]*\n$/, '---\n' + '>'.repeat(100_000) + '\n') }, expect: [{ file: P, line: 23, rule: 'body-plain-text', message: 'not parsed' }] },
  { name: 'front matter is a scalar', files: { [I]: '---\n42\n---\n' }, expect: [{ file: I, line: 2, rule: 'front-matter', message: 'a single value' }] },
  { name: 'front matter is a list', files: { [I]: '---\n- id: x\n---\n' }, expect: [{ file: I, line: 2, rule: 'front-matter', message: 'a list' }] },
  { name: 'front matter is empty', files: { [I]: '---\n---\n' }, expect: [{ file: I, line: 1, rule: 'front-matter', message: 'empty' }] },
  { name: 'unclosed front matter', files: { [I]: '---\nid: x\n' }, expect: [{ file: I, line: 1, rule: 'front-matter', message: 'not closed' }] },
  { name: 'blank line before the fence', files: { [I]: '\n---\nid: x\n---\n' }, expect: [{ file: I, line: 1, rule: 'front-matter', message: 'No front matter' }] },
  { name: '----- delimiter', files: { [I]: '-----\nid: x\n-----\n' }, expect: [{ file: I, line: 1, rule: 'front-matter', message: 'exactly `---`' }] },
  { name: '... delimiter', files: { [I]: '---\nid: x\n...\n' }, expect: [{ file: I, line: 3, rule: 'front-matter', message: '`...`' }] },
  { name: 'tab indentation', files: { [I]: inst('adopted:\n\tdate: 2000-01-01\n') }, expect: [{ file: I, line: 8, rule: 'yaml-syntax' }] },
  { name: 'CR-only line endings', files: { [I]: inst('').replace(/\n/g, '\r') + 'body\r' }, expect: [] },
  { name: 'CRLF with a BOM', files: { [I]: '\uFEFF' + inst('').replace(/\n/g, '\r\n') }, expect: [] },
  { name: 'Latin-1 file', files: { [I]: Buffer.from(inst('').replace('title: T', 'title: Convenci\xf3n'), 'latin1') }, expect: [{ file: I, line: 3, rule: 'file-readable', message: 'not valid UTF-8' }] },
  { name: 'UTF-16 file', files: { [I]: Buffer.from('\ufeff' + inst(''), 'utf16le') }, expect: [{ file: I, line: 1, rule: 'file-readable', message: 'not valid UTF-8' }] },
  { name: 'NUL byte', files: { [I]: inst('').replace('title: T', 'title: T\u0000') }, expect: [{ file: I, line: 3, rule: 'file-readable', message: 'NUL' }] },
  { name: 'lone surrogate bytes', files: { [I]: Buffer.concat([Buffer.from(inst('').slice(0, 10)), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from(inst('').slice(10))]) }, expect: [{ file: I, line: 3, rule: 'file-readable', message: 'not valid UTF-8' }] },
  { name: 'bidi and zero-width characters in an id', files: { 'instruments/x\u202e.md': inst('').replace('id: x', 'id: "x\u202e\u200b"') }, expect: [{ file: 'instruments/x\u202e.md', line: 2, rule: 'id-matches-path' }, { file: 'instruments/x\u202e.md', line: 2, rule: 'schema', message: 'invalid form' }] },
  { name: 'ids equal up to case', files: { 'bodies/Mexico.md': '---\nid: Mexico\nname: x\nkind: state\n---\n' }, expect: [{ file: 'bodies/Mexico.md', line: 2, rule: 'schema', message: 'invalid form' }, { file: 'bodies/mexico.md', line: 2, rule: 'id-unique', message: 'differs only in case' }] },
  { name: 'date 2024-02-30', files: { 'commitments/MEX/untoc.md': mini('commitments/MEX/untoc.md').replace('as-of: "2014-01-27"', 'as-of: "2024-02-30"') }, expect: [{ file: 'commitments/MEX/untoc.md', line: 12, rule: 'valid-dates', message: 'not a calendar date' }] },
  { name: 'yes and 0777 as values', files: { [P]: p2.replace('printed: true', 'printed: yes').replace('number: "2"', 'number: 0777') }, expect: [{ file: P, line: 4, rule: 'schema', message: 'must be a string' }, { file: P, line: 4, rule: 'yaml-portable', message: '`0777` is read as the octal number 511' }, { file: P, line: 5, rule: 'schema', message: 'true or false' }, { file: P, line: 5, rule: 'yaml-portable', message: '`yes` is read as true' }] },
  { name: 'pattern shaped to backtrack', files: { [P]: p2.replace('id: adopted/2', 'id: "' + 'a-'.repeat(30) + '!"') }, expect: [{ file: P, line: 2, rule: 'id-matches-path' }, { file: P, line: 2, rule: 'schema', message: 'invalid form' }, { file: P, line: 4, rule: 'id-matches-path' }] },
  { name: '10,000 invalid array items (capped)', files: { [P]: p2.replace('addressees: [member-states]', 'addressees: [' + Array.from({ length: 10_000 }, () => '1').join(',') + ']') }, expect: [{ file: P, line: 1, rule: 'schema', message: 'more schema problems' }, ...Array.from({ length: 50 }, () => ({ file: P, line: 8, rule: 'schema' }))] },
  { name: 'a title with a newline ::error:: and ANSI escapes', files: { [P]: p2.replace('[member-states]', '["x\\n::error::pwned\\u001b[31m"]') }, expect: [{ file: P, line: 8, rule: 'schema', message: 'invalid form' }] },
  { name: 'file over the size cap', files: { [I]: inst('') + 'x'.repeat(1024 * 1024 + 1) }, expect: [{ file: I, line: 1, rule: 'file-readable', message: 'the limit is 1048576 bytes' }] },
  { name: 'a directory named x.md', setup: (r) => mkdirSync(join(r, 'instruments', 'dir.md')), expect: [{ file: 'instruments/dir.md', line: 1, rule: 'file-readable', message: 'folder named like a Markdown file' }] },
  { name: 'a symlink to a secret outside the corpus', setup: (r) => { writeFileSync(SECRET, '---\nid: secret\n---\nTOP SECRET\n'); symlinkSync(SECRET, join(r, 'instruments', 'secret.md')); }, expect: [{ file: 'instruments/secret.md', line: 1, rule: 'file-readable', message: 'symbolic link' }] },
  { name: 'a directory loop', setup: (r) => symlinkSync('..', join(r, 'paragraphs', 'adopted', 'up')), expect: [{ file: 'paragraphs/adopted/up', line: 1, rule: 'file-readable', message: 'symbolic link' }] },
  { name: 'a link to /dev/zero', setup: (r) => symlinkSync('/dev/zero', join(r, 'instruments', 'zero.md')), expect: [{ file: 'instruments/zero.md', line: 1, rule: 'file-readable', message: 'symbolic link' }] },
  { name: 'a FIFO', setup: (r) => mkfifo(join(r, 'instruments', 'fifo.md')), expect: [{ file: 'instruments/fifo.md', line: 1, rule: 'file-readable', message: 'not a regular file' }] },
];

export const SECRET = join(tmpdir(), `plan-secret-${process.pid}.md`);
