// Content words: what makes a run of words one speaker's statement rather than a phrase anybody says.
// "Thank you very much", "we'll see", "I don't know", "it is what it is" are made of function words
// and stock verbs only; two quotations sharing such a run share nothing. The words are the normalized
// forms of ./normalize (contractions expanded, lower case).

const FUNCTION_WORDS = (
  // articles, pronouns, determiners
  'a an the this that these those it its i me my mine we us our ours you your yours he him his she her hers they them their theirs ' +
  'one ones some any all both each every either neither no none nothing something anything everything someone anyone everyone ' +
  'who whom whose which what when where why how there here ' +
  // prepositions and conjunctions
  'of to in on at by for with from as into onto over under about than then so and or but nor if because while though although ' +
  'up down out off through after before until since around against between among during without within ' +
  // auxiliaries and stock verbs
  'is are was were be been being am do does did done have has had having will would shall should can could may might must ' +
  'not get got go going gone went come came make made take took see saw seen know knew think thought say said says tell told ' +
  'want let like look need mean put give gave keep want' +
  // stock adverbs and interjections
  ' very really just also too well much many more most so such only even still yet now again ever never always already ' +
  'yes yeah okay ok oh thank thanks please sorry lot lots thing things way right good great sure course'
).split(/\s+/);

const FUNCTION = new Set(FUNCTION_WORDS);

export function isContentWord(norm: string): boolean {
  return norm.length > 1 && !FUNCTION.has(norm);
}

export function countContent(norms: readonly string[]): number {
  let n = 0;
  for (const w of norms) if (isContentWord(w)) n++;
  return n;
}
