// Every regular expression of the analysis core, for the backtracking check (test/regex-safety.test.ts,
// scripts/regex-verdicts.mjs). Two sources, because neither sees them all:
// - the regex literals of server/src/core, read from the source with the TypeScript parser (a literal
//   never goes through the RegExp constructor at run time);
// - every pattern built with `new RegExp(...)` (from word lists, from other patterns' sources), caught
//   by a proxy on the global RegExp while the core is loaded and analyses the sample articles, so a
//   pattern assembled at run time is checked as the engine sees it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

export interface Pattern {
  source: string;
  flags: string;
  /** Where it was found: `file:line` of a literal, or `constructed` for one built at run time. */
  where: string;
}

/** The key of a pattern in the verdict cache: its source and the flags that change how it backtracks. */
export function patternKey(p: { source: string; flags: string }): string {
  // g only says where the next search starts and d only adds indices; y (sticky) matters: a sticky
  // pattern is tried at one position only, so it is checked as anchored there (checkedPattern).
  const flags = [...p.flags].filter((f) => 'imsuvy'.includes(f)).sort().join('');
  return `/${p.source}/${flags}`;
}

/** What the checker is given: a sticky pattern as one anchored at its start (recheck knows no y flag). */
export function checkedPattern(p: { source: string; flags: string }): { source: string; flags: string } {
  const sticky = p.flags.includes('y');
  const flags = [...p.flags].filter((f) => 'imsuv'.includes(f) && !(sticky && f === 'm')).sort().join('');
  return { source: sticky ? `^(?:${p.source})` : p.source, flags };
}

function coreFiles(dir: string, out: string[] = []): string[] {
  for (const name of fs.readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (fs.statSync(p).isDirectory()) coreFiles(p, out);
    else if (name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.includes('test-helper')) out.push(p);
  }
  return out;
}

/** The regex literals in the core's source files (tests excluded). */
export function literalPatterns(root: string): Pattern[] {
  const out: Pattern[] = [];
  for (const file of coreFiles(path.join(root, 'server', 'src', 'core'))) {
    const text = fs.readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(sf);
        const end = literal.lastIndexOf('/');
        const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
        out.push({ source: literal.slice(1, end), flags: literal.slice(end + 1), where: `${path.relative(root, file)}:${line}` });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

/**
 * Runs `load` (which should load the core and exercise it) with the global RegExp replaced by a proxy
 * that records every pattern constructed meanwhile.
 */
export function constructedPatterns(load: () => void): Pattern[] {
  const original = globalThis.RegExp;
  const seen: Pattern[] = [];
  const record = (args: unknown[]): void => {
    // A pattern built inside a dependency (nspell compiles its affix rules) is not the core's.
    const caller = new Error().stack?.split('\n')[3] ?? '';
    if (caller.includes('node_modules')) return;
    const [pattern, flags] = args;
    if (pattern instanceof original) seen.push({ source: pattern.source, flags: typeof flags === 'string' ? flags : pattern.flags, where: 'constructed' });
    else seen.push({ source: String(pattern ?? '(?:)'), flags: typeof flags === 'string' ? flags : '', where: 'constructed' });
  };
  globalThis.RegExp = new Proxy(original, {
    construct(target, args, newTarget) {
      record(args);
      return Reflect.construct(target, args, newTarget === globalThis.RegExp ? target : newTarget);
    },
    apply(target, thisArg, args) {
      record(args);
      return Reflect.apply(target, thisArg, args);
    },
  });
  try {
    load();
  } finally {
    globalThis.RegExp = original;
  }
  return seen;
}

/** One entry per distinct key, keeping the first place it was found. */
export function distinct(patterns: Pattern[]): Pattern[] {
  const byKey = new Map<string, Pattern>();
  for (const p of patterns) if (!byKey.has(patternKey(p))) byKey.set(patternKey(p), p);
  return [...byKey.values()];
}
