// Words that change what a statement means when a cut leaves them out: negations ("we will not raise
// taxes" cut to "raise taxes") and qualifiers that limit it ("only if the talks fail", "unless",
// "except"). A quotation shortened without an ellipsis that drops one of these from its sentence is
// worth a look; any other cut is the ordinary work of quoting. Normalized forms (./normalize: "don't"
// is "do not").

const QUALIFIERS = new Set([
  // negation
  'not', 'no', 'never', 'nor', 'neither', 'none', 'nobody', 'nothing', 'nowhere', 'without', 'hardly', 'barely', 'scarcely',
  // conditions and limits
  'only', 'if', 'unless', 'except', 'until', 'provided', 'whether', 'but', 'although', 'though',
  // hedges
  'may', 'might', 'could', 'perhaps', 'possibly', 'probably', 'almost', 'nearly', 'partly', 'some',
]);

export function isQualifier(norm: string): boolean {
  return QUALIFIERS.has(norm);
}
