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

/**
 * Occupations written in lower case as a "false title" right before a name or as the head of an apposition
 * ("goalie Sergio …", "novelist Carlos …", "Liu, spokeswoman for the agency,"): the head noun of a role in any
 * desk's news (sport, culture, courts, business, religion). Singular forms only: a plural ("reporters") is a group.
 */
export const OCCUPATIONS = new Set(('goalie|keeper|batsman|batter|bowler|pitcher|catcher|quarterback|jockey|boxer|cyclist|'
  + 'athlete|swimmer|sprinter|runner|gymnast|skier|golfer|driver|rider|champion|captain|teammate|player|referee|umpire|'
  + 'guard|centre|center|novelist|poet|playwright|screenwriter|filmmaker|director|producer|artist|painter|sculptor|'
  + 'photographer|columnist|editor|correspondent|broadcaster|presenter|host|commentator|blogger|frontman|frontwoman|'
  + 'guitarist|drummer|bassist|singer-songwriter|rapper|composer|conductor|pianist|violinist|actor|actress|comedian|'
  + 'designer|architect|engineer|scientist|researcher|physicist|chemist|biologist|historian|academic|lecturer|teacher|'
  + 'doctor|surgeon|physician|nurse|paramedic|pharmacist|psychologist|lawyer|barrister|solicitor|attorney|prosecutor|'
  + 'consultant|expert|economist|strategist|adviser|advisor|banker|investor|businessman|businesswoman|entrepreneur|'
  + 'billionaire|tycoon|executive|founder|owner|chairman|chairwoman|activist|campaigner|organiser|organizer|cleric|'
  + 'preacher|priest|monk|nun|missionary|imam|rabbi|bishop|soldier|pilot|astronaut|officer|commander|detective|inspector|'
  + 'investigator|official|spokesman|spokeswoman|spokesperson|leader|head|chief|minister|secretary|ambassador|envoy|'
  + 'diplomat|governor|mayor|senator|lawmaker|legislator|candidate|nominee|mp|mep|councillor|president|premier|'
  + 'dictator|ruler|monarch|farmer|fisherman|miner|worker|resident|student|survivor|witness|victim|suspect|convict|'
  + 'defendant|plaintiff|writer|author|journalist|reporter|analyst|manager|coach|coordinator|administrator').split('|'));

/**
 * The first noun of a compound role written in lower case ("opposition leader", "police chief", "security consultant",
 * "world champion", "taxi driver"), and the adjectives news writes before a role ("defending", "veteran"). Closed
 * class: a verb before the head ("attacked driver X") is never one, so it stays out of the role.
 */
export const ROLE_DOMAIN_WORDS = new Set(('opposition|police|security|world|taxi|bus|truck|lorry|test|team|party|union|labor|'
  + 'labour|student|rebel|army|military|government|health|defence|defense|finance|interior|justice|trade|fire|prison|'
  + 'city|county|district|club|league|campaign|election|rights|community|tribal|religious|business|industry|investment|'
  + 'hedge|fund|bank|film|rock|pop|jazz|music|news|television|radio|wire|sports|football|soccer|tennis|cricket|rugby|'
  + 'basketball|baseball|hockey|racing|shadow|defending|reigning|veteran|award-winning|acclaimed|celebrated|renowned|'
  + 'opposition|intelligence|environment|environmental|education|agriculture|transport|energy|housing|immigration|'
  + 'human|civil|democracy|pro-democracy|anti-corruption|anti-war|independent|presidential|parliamentary|'
  + 'rival|fellow|deputy|assistant|senior|former|retired|then|acting|interim|chief|head|lead|principal|general|'
  + 'managing|executive|vice|foreign|state|national|regional|local|private|public|press|media|marketing|technology|'
  + 'science|research|medical|legal|tax|budget|economic|political|student|youth|women|labor|trade-union|shop').split('|'));
