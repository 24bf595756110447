// Types for the spelling library and the dictionary files bundled as text (esbuild `with { type: 'text' }`).
declare module 'nspell' {
  interface NSpell {
    correct(word: string): boolean;
    suggest(word: string): string[];
    spell(word: string): { correct: boolean; forbidden: boolean; warn: boolean };
    add(word: string, model?: string): NSpell;
  }
  function nspell(dictionary: { aff: string | Uint8Array; dic?: string | Uint8Array }): NSpell;
  export = nspell;
}
