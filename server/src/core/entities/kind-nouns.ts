// Common nouns that say what kind of actor a name next to them is, in any desk's news. Closed classes of English
// nouns, not names.
/**
 * Settlements and administrative areas: a name after "the <noun> of" is the place the noun names ("the island of
 * Anjouan", "the town of Janzur", "the province of Quebrada"), whatever the name looks like elsewhere in the article.
 */
export const SETTLEMENT_NOUNS = new Set(('town|city|village|district|province|region|county|island|municipality|prefecture|'
  + 'governorate|suburb|neighbourhood|neighborhood|port|township|hamlet|oblast|commune|emirate|kingdom|state|country|'
  + 'capital|archipelago|atoll|peninsula').split('|'));
