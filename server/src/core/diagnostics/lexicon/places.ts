// Names of places and bodies made of common words, which the dictionary cannot tell from ordinary words
// in lower case ("the united states"). Country names follow ISO 3166 short names; the rest are world
// capitals, large cities, US states and common political names. Facts, not anyone's text.
export const MULTIWORD_NAMES = new Set([
  'united states', 'united kingdom', 'united nations', 'united arab emirates', 'new zealand', 'south africa',
  'saudi arabia', 'north korea', 'south korea', 'hong kong', 'sri lanka', 'costa rica', 'puerto rico', 'el salvador',
  'czech republic', 'dominican republic', 'central african republic', 'ivory coast', 'sierra leone', 'burkina faso',
  'papua new guinea', 'east timor', 'south sudan', 'north macedonia', 'bosnia and herzegovina', 'trinidad and tobago',
  'new york', 'los angeles', 'san francisco', 'san diego', 'las vegas', 'new orleans', 'new delhi', 'tel aviv',
  'abu dhabi', 'kuala lumpur', 'rio de janeiro', 'buenos aires', 'mexico city', 'cape town', 'st petersburg',
  'new jersey', 'new mexico', 'new hampshire', 'north carolina', 'south carolina', 'north dakota', 'south dakota',
  'west virginia', 'rhode island', 'white house', 'european union', 'middle east', 'gaza strip', 'west bank',
  'latin america', 'north america', 'south america', 'southeast asia', 'soviet union', 'red cross', 'wall street',
  'capitol hill', 'downing street', 'pentagon', 'kremlin',
].filter((n) => n.includes(' ')));
