// Word lists for attribution: speech and thought cues, titles, and capitalised words that are not names.
// Written for this project from general English usage (no external source).

/** A set of the words of a whitespace-separated list. */
export const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** Verbs (and a few adjectives) of saying and thinking that govern a quote: "X said", "X was adamant that". */
export const CUES = words(`
  say says said saying tell tells told telling add adds added adding state states stated stating
  explain explains explained explaining warn warns warned warning caution cautions cautioned cautioning
  note notes noted noting argue argues argued arguing insist insists insisted insisting claim claims claimed claiming
  call calls called calling describe describes described describing hail hails hailed hailing
  welcome welcomes welcomed welcoming praise praises praised praising write writes wrote writing written
  tweet tweets tweeted tweeting post posts posted declare declares declared declaring
  announce announces announced announcing ask asks asked asking reply replies replied replying
  answer answers answered answering respond responds responded responding urge urges urged urging
  stress stresses stressed stressing emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising
  acknowledge acknowledges acknowledged acknowledging admit admits admitted admitting concede concedes conceded conceding
  suggest suggests suggested suggesting indicate indicates indicated indicating reveal reveals revealed revealing
  confirm confirms confirmed confirming deny denies denied denying predict predicts predicted predicting
  promise promises promised promising vow vows vowed vowing pledge pledges pledged pledging
  threaten threatens threatened threatening recall recalls recalled recalling complain complains complained complaining
  remark remarks remarked remarking observe observes observed observing conclude concludes concluded concluding
  continue continues continued reiterate reiterates reiterated reiterating repeat repeats repeated repeating
  shout shouts shouted shouting yell yelled whisper whispered wonder wonders wondered wondering
  believe believes believed believing think thinks thought feel feels felt hope hopes hoped hoping wish wishes wished
  cite cites cited citing label labels labeled labelled labeling labelling dub dubs dubbed term termed
  brand branded characterize characterized characterise characterised dismiss dismissed dismissing
  accuse accuses accused accusing blast blasts blasted slam slams slammed criticize criticized criticise criticised
  mock mocked joke joked quip quipped boast boasted recount recounted report reports reported reporting
  assert asserts asserted asserting maintain maintains maintained contend contends contended counter countered
  agree agrees agreed testify testifies testified quoted recalled proclaimed proclaims declare told
  unequivocal adamant clear lamented laments lament demanded demands demand signaled signalled signals
  promised decried decries touted touts spoke speaks speaking according
  laud lauds lauded lauding liken likens likened likening compare compares compared comparing rule rules ruled
  chant chants chanted chanting attack attacks attacked encourage encourages encouraged encouraging
  rated rates condemned condemns condemn denounced denounces admires admired regards regarded dubbed nicknamed
  comment comments commented commenting
`);

/** Cues that only govern speech when followed by "that" or a quote, too common otherwise. */
export const WEAK_CUES = words(`
  called calling call calls clear continue continues continued post posts posted signals signaled signalled spoke speaks
  speaking feel feels felt state states report reports claim claims answer answers promise promises demand demands
  hope hopes wish wishes warning note notes remark remarks pledge pledges vow vows tweet tweets lament laments reply
  replies welcome praise stress cite denied concluded reporting attack attacks attacked rule rules ruled compare compares compared comparing
  comment comments
`);

/**
 * Roles a person is named by: one list for the three places a role stands in attribution. Capitalised
 * before a name it is a title, not part of the name ("Midfielder Cole Palmer", "Secretary-General Ban
 * Ki-moon"); after a body's name it is what the body qualifies ("Chelsea striker", "Kremlin spokesman");
 * after "the" it points back to the one the article introduced with it ("the spokesman said"). Offices,
 * professions and positions of politics, courts, business, sport and religion, with the hyphenated offices
 * of international bodies and Commonwealth governments.
 */
export const ROLES = words(`
  president minister secretary chancellor envoy ambassador senator representative congressman congresswoman governor mayor
  commissioner chairman chairwoman chairperson chair chief ceo executive director spokesman spokeswoman spokesperson
  general colonel lieutenant captain sergeant admiral commander major premier king queen prince princess pope judge justice
  prosecutor attorney lawyer adviser advisor aide diplomat negotiator mediator undersecretary under-secretary
  speaker leader officer candidate nominee host anchor correspondent editor reporter analyst economist strategist pollster
  sheikh rabbi bishop cardinal archbishop emir sultan sheriff inspector superintendent coach manager founder co-founder
  treasurer auditor comptroller councillor councilman councilwoman councilor assemblyman assemblywoman delegate lawmaker
  activist professor striker midfielder defender goalkeeper winger fullback full-back centre-back center-back skipper
  quarterback pitcher batsman bowler
  secretary-general director-general attorney-general solicitor-general governor-general inspector-general
  vice-president vice-chancellor vice-chairman president-elect governor-elect chief-of-staff editor-in-chief
  commander-in-chief
`);

/**
 * Words of a title or office that precede a name: "U.S. Special Envoy Steve Witkoff", "Mr. Burman",
 * "Egyptian Deputy Foreign Minister Ahmad Zaki". The roles, and the words that grade, place or qualify them.
 * Not the names of bodies ("Ministry of Health", "European Commission" are names, not titles).
 */
export const TITLES = new Set([...ROLES, ...words(`
  vice prime foreign defence defense finance interior state envoy special deputy senior former then late first lady
  mr mrs ms dr prof sir lord dame rev reverend sen rep gov gen col lt capt sgt maj del father crown gentleman press
  minority majority executive acting interim
  republican democrat democratic independent labour labor conservative liberal green party u.s us uk un eu
  nato white house european russian ukrainian american french german british chinese israeli iranian turkish indian
  japanese korean syrian polish italian spanish canadian australian mexican brazilian saudi palestinian egyptian
  dutch belgian swedish finnish norwegian danish austrian swiss hungarian greek irish scottish welsh african asian
`)]);

/** A hyphenated title: both ends title words ("Secretary-General", "Vice-President", "Ex-Minister", "Co-Chair"). */
export function isTitleWord(lower: string): boolean {
  if (TITLES.has(lower)) return true;
  const parts = lower.split('-');
  if (parts.length < 2) return false;
  const first = parts[0];
  const last = parts[parts.length - 1];
  return (TITLES.has(first) || first === 'ex' || first === 'co') && (TITLES.has(last) || last === 'elect' || last === 'designate');
}

/** A government's portfolios, part of a title after its "of" or "for": "Minister of Foreign Affairs". */
export const PORTFOLIOS = words(`
  affairs health transport transportation education justice trade industry energy environment agriculture works
  information culture sport sports tourism housing labour labor fisheries mines communications infrastructure welfare
  security defence defense finance interior planning development commerce employment immigration home women youth
  treasury economy budget
`);

/** Nouns a body is called by after its name: "the organization", "the group", "the Commission". */
export const BODY_HEADS = words(`
  organization organisation group company firm agency commission committee council ministry department court union
  association federation board authority charity foundation institute bank watchdog body
`);

/** The nationality adjectives among the titles: "the Indian Express" names a body, not an Indian called Express. */
export const NATIONALITIES = words(`
  american russian ukrainian french german british chinese israeli iranian turkish indian japanese korean syrian polish
  italian spanish canadian australian mexican brazilian saudi palestinian egyptian dutch belgian swedish finnish
  norwegian danish austrian swiss hungarian greek irish scottish welsh african asian european
`);

/** Capitalised words that start sentences or headings and are not names. */
export const NOT_NAMES = words(`
  the a an and but or yet so for nor if then than when while whether where after before since until though although
  because as at by from in into of on onto to with without within about above across against along among around
  behind below beneath beside besides between beyond during except inside near off out outside over past through
  throughout toward towards under unlike up upon via this that these those there here it its they them their he him
  his she her we us our you your i me my who whom whose which what why how all any both each every few many more
  most much neither no none nobody nothing one other others several some such both only also even still just not
  however meanwhile moreover instead indeed perhaps maybe now today yesterday tomorrow tonight again already
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december says said speaking asked according reports report officials
  critics analysts experts sources observers many some residents people voters supporters opponents leaders
  news breaking update updated exclusive opinion analysis commentary editorial photo video watch read listen
  do does did is are was were be been being have has had will would can could should shall might must
  let lets here's there's it's that's what's don't can't won't isn't i'm i’m i've i’ve i'll i’ll i'd i’d
  here’s there’s it’s that’s what’s don’t can’t won’t isn’t we’re you’re they’re we're you're they're
`);

/** Head words of organisations and places: a name with one of these is not a person. */
export const NOT_PERSON = words(`
  times post journal news press agency herald tribune guardian telegraph observer mail gazette review magazine
  house senate congress parliament council committee commission ministry department office agency bureau service
  court union party campaign government administration kremlin pentagon army navy forces force police group
  bank fund company corporation corp inc ltd university college school institute foundation association organization
  organisation center centre network channel tv radio states kingdom republic nations city county province region
  street square avenue road river sea ocean island islands mountains valley forum summit treaty alliance club team
  church hospital airport station base embassy museum cnn bbc fox nbc abc cbs msnbc reuters nato un eu
  trophy cup championship championships prize award awards games olympics paralympics league tournament zone
`);

/** Well-known single-word places and bodies that often stand as the subject of a sentence. */
export const PLACES = words(`
  washington moscow kyiv kiev london paris berlin brussels beijing tokyo jerusalem tehran ankara warsaw rome madrid
  geneva vienna ottawa canberra delhi cairo damascus baghdad kabul pyongyang seoul taipei minsk riga tallinn vilnius
  russia ukraine america europe china japan india iran iraq israel syria turkey germany france britain england
  poland italy spain canada australia mexico brazil korea crimea donbas alaska texas florida california kremlin
  nato congress europe africa asia gaza lebanon egypt
`);

export const PRONOUNS = words('he she him her');

/** Words that open a clause after a cue: what follows is what was said, not who said it. */
export const CLAUSE = words('that to whether if how what why when and but or');

/** Prepositions before a name that keep it from being the subject ("with Putin", "for Zelensky"). */
export const PREPOSITIONS = words(`
  with for to from by of about against at in on into onto between among after before like than toward towards
  under over via without including alongside besides despite
`);

/** Lower-case particles inside personal names: "Ursula von der Leyen", "Osama bin Laden". */
export const NAME_PARTICLES = words('von van der den de da di del la le du bin al ibn');


/** Words that open an adverbial clause before the subject: "While talks go on, X said". */
export const OPENERS = words(`
  while when although though as after before since because if once until unless whereas despite in on at for with
  during after amid following under over from by according
`);
