/**
 * The structure's rules, checked on the source itself:
 * - no import cycles between files;
 * - pure code (the questionnaire model and i18n) imports neither Node nor the DOM, so it
 *   runs the same on the server, in the browser and in tests.
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..');
const SKIP = new Set(['node_modules', '.next', 'out', '.git', 'reports', 'test-results', 'bench']);

function sourceFiles(dir = ROOT): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (SKIP.has(name)) return [];
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(tsx?|mjs)$/.test(name) && !name.endsWith('.d.mts') ? [full] : [];
  });
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s+(?:type\s+)?(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/g;

/** The specifiers a file imports (type-only imports included: a cycle of types is still a knot). */
export function importsOf(source: string): string[] {
  return [...source.matchAll(IMPORT)].map((m) => m[1]!);
}

function resolve(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith('@/')) base = path.join(ROOT, spec.slice(2));
  else if (spec.startsWith('.')) base = path.resolve(path.dirname(from), spec);
  else return null;
  for (const ext of ['', '.ts', '.tsx', '.mjs', '/index.ts']) {
    const f = base + ext;
    if (existsSync(f) && statSync(f).isFile()) return f;
  }
  return null;
}

/** Every cycle found by a depth-first walk, as a list of files (relative to the root). */
export function findCycles(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return cycles;
}

const files = sourceFiles();
const graph = new Map(
  files.map((f) => [
    path.relative(ROOT, f),
    importsOf(readFileSync(f, 'utf8'))
      .map((s) => resolve(f, s))
      .filter((x): x is string => x !== null)
      .map((x) => path.relative(ROOT, x)),
  ]),
);

describe('import structure', () => {
  it('finds the project’s source files', () => {
    expect(graph.size).toBeGreaterThan(40);
    expect(graph.get('questionnaire/results.ts')).toContain('questionnaire/questions.ts');
  });

  it('finds a cycle when there is one (the checker itself)', () => {
    const knot = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(findCycles(knot)).toEqual([['a', 'b', 'c', 'a']]);
  });

  it('has no import cycles', () => {
    expect(findCycles(graph)).toEqual([]);
  });

  const PURE = ['questionnaire/', 'i18n/'];
  const pureFiles = [...graph.keys()].filter((f) => PURE.some((p) => f.startsWith(p)) && !/\.test\.tsx?$/.test(f));

  it.each(pureFiles)('%s imports neither Node nor the DOM', (file) => {
    const source = readFileSync(path.join(ROOT, file), 'utf8');
    const bad = importsOf(source).filter((s) => s.startsWith('node:') || ['fs', 'path', 'react-dom'].includes(s));
    expect(bad).toEqual([]);
    // Code outside comments that touches browser globals.
    const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    expect(code).not.toMatch(/\b(document|window|localStorage|sessionStorage|navigator)\s*\./);
    // Pure code does not reach into features or content loading.
    const reaches = [...(graph.get(file) ?? [])].filter((f) => !f.endsWith('.json') && !PURE.some((p) => f.startsWith(p)));
    expect(reaches).toEqual([]);
  });
});
