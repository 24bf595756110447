// A name used as a modifier of the noun after it is not the one who speaks: "Chelsea midfielder Cole
// Palmer" (the player speaks, not the club), "Kremlin spokesman Dmitry Peskov", "Rovers manager Dean Holt",
// "Niger-Delta youths", "Lagos residents", "Beijing officials" (someone unnamed speaks, not the place).
// Word lists written for this project from general English usage.
import { type Item, lowerOf } from './items';
import { ROLES, TITLES, words } from './lexicon';


/**
 * Roles a club, team, body or country name can qualify: the roles of lexicon.ts ("Kremlin spokesman",
 * "Arsenal striker"), the positions and standing of a squad that are no title before a name ("Chelsea
 * boss", "United youngster"), and the words that grade a role before its noun ("Paralympic assistant
 * coach", "Rovers interim manager").
 */
export const ROLE_NOUNS = new Set([...ROLES, ...words(`
  keeper forward player star boss teammate signing recruit batter rider jockey driver cyclist boxer fighter
  official head owner striker-turned-pundit pundit veteran youngster academy graduate loanee
  assistant associate interim caretaker acting
`)]);

/** Groups of people a name can qualify: "Niger-Delta youths", "Chelsea fans". */
export const GROUP_NOUNS = words(`
  fans supporters residents officials youths youth leaders authorities sources players officers workers protesters
  demonstrators lawmakers legislators activists militants police troops soldiers students villagers farmers voters critics
  analysts experts executives diplomats members staff employees investors traders doctors nurses teachers parents families
  relatives victims survivors witnesses locals citizens people women men children community communities groups stakeholders
  indigenes elders chiefs campaigners organisers organizers insiders observers commentators
`);

/**
 * For the name at items[k]: the index of the name it qualifies ("Chelsea midfielder Cole Palmer" → Cole
 * Palmer), 'group' when it qualifies a role or group with no name ("Kremlin spokesman said", "Niger-Delta
 * youths said": someone unnamed), or null when it stands on its own.
 */
export function modifierHead(items: readonly Item[], k: number): number | 'group' | null {
  const it = items[k];
  if (!it || it.kind !== 'name' || it.chunk.possessive) return null;
  let j = k + 1;
  let roles = 0;
  while (j < items.length && j <= k + 3) {
    const w = items[j];
    if (w.kind !== 'word' || !(ROLE_NOUNS.has(w.lower) || TITLES.has(w.lower))) break;
    roles++;
    j++;
  }
  const next = items[j];
  if (roles > 0) return next?.kind === 'name' ? j : ROLE_NOUNS.has(lowerOf(items[j - 1])) ? 'group' : null;
  return next?.kind === 'word' && GROUP_NOUNS.has(next.lower) ? 'group' : null;
}
