// Words of roles and forms of address in many countries' news (issue #15), beside the titles in lexicon.ts
// (which the tagger's features read and so stay as trained). Each list is a closed class of words.

/** Forms of address: they show a person follows but are never the person's role ("Mrs.", "Alhaji", "Chief"). */
export const HONORIFICS = new Set(('mr|mr.|mrs|mrs.|ms|ms.|miss|mx|mx.|dr|dr.|prof|prof.|sir|dame|madam|madame|mme|mme.|hon|hon.|honourable|'
  + 'honorable|alhaji|alhaja|hajia|haji|hajji|mallam|malam|chief|engr|engr.|barr|barr.|pastor|ustaz|shri|smt|smt.|'
  + 'shrimati|sheikh|sayyid|datuk|señor|señora|senhor|senhora|doña|herr|frau').split('|'));

/** Heads of role phrases beyond the tagger's titles: "Administrator Charles", "Superintendent Rachel". */
export const ROLE_HEADS = new Set(('administrator|superintendent|commissioner|controller|comptroller|registrar|provost|magistrate|'
  + 'coroner|ombudsman|regent|trustee|vice-chancellor|vice-president|director-general|deputy-governor|governor-general|'
  + 'permanent|undersecretary|under-secretary|minister-designate|chief-of-staff|spokesperson|legislator|lawmaker|'
  + 'councillor|alderman|assemblyman|assemblywoman|assemblymember|senator-elect|president-elect|governor-elect|chairperson|'
  + 'ceo|cfo|coo|cto|md|executive|striker|midfielder|defender|goalkeeper|winger|forward|boss|skipper').split('|'));

/** Words that go inside a role phrase before its head ("Group Managing Director", "Chief Operating Officer"). */
export const ROLE_MODIFIERS = new Set(('managing|executive|operating|financial|general|deputy|assistant|associate|acting|interim|senior|'
  + 'junior|vice|chief|principal|permanent|group|national|regional|state|federal|foreign|former|special|technical|'
  + 'legal|medical|political|economic|press|media|communications|public|relations').split('|'));
