// Page furniture: lines that come with a web page but are not the article. Each pattern is written for
// a CLASS of line that a browser copy brings along, whatever the site; its label becomes the boilerplate
// range's `reason`. Every pattern reads a whole line and is anchored, so an article sentence that merely
// mentions a cookie, a video or a newsletter is left alone (precision first: the clean dev texts and
// the samples' article lines must not be flagged). Rules that need the neighbouring lines (repeated
// captions, "Read more" lists, short lines between furniture) are in furniture-context.ts.

export const SOCIAL = String.raw`(?:facebook|twitter|x|tiktok|instagram|linkedin|youtube|telegram|threads|whatsapp|reddit|pinterest|bluesky|mastodon|snapchat|flipboard|messenger)`;
// Agencies and picture desks that sign photographs: the tail of a credit ("…/Getty Images", "(AP Photo/…)").
const PICTURE_DESK = String.raw`(?:getty images|afp|reuters|ap|associated press|epa|epa-efe|shutterstock|bloomberg|alamy|anadolu(?: agency)?|xinhua|pa(?: images| wire)?|nurphoto|sopa images|zuma(?: press| wire)?|dpa|kyodo|ansa|tass|sipa|imago|usa today sports|icon sportswire|afp via getty images)`;

const FURNITURE: Array<[RegExp, string]> = [
  // Comment forms and comment counts: "Leave a Reply", "12 Comments", "View comments (4)", "Comments are closed".
  [/^leave a (?:comment|reply)\b/i, 'comment form'],
  [/^your email address will not be published/i, 'comment form'],
  [/^required fields are marked/i, 'comment form'],
  [/^\*+$/, 'comment form'],
  [/^(?:post|submit) comment$/i, 'comment form'],
  [/^(?:\d[\d,]*\s+(?:comments?|replies|responses)|comments?\s*(?:\(\d+\)|:\s*\d+)|(?:(?:add|post|write) or )?(?:view|show|hide|read|load|see)(?: or (?:add|post|write))?(?: all| more)? (?:\d+\s+)?comments?(?:\s*\(\d+\))?|comments?|be the first to comment|no comments(?: yet)?|comments? (?:are|is) (?:now )?closed|(?:add|post|write) (?:a |your )?comment|join the discussion)\.?$/i, 'comment count'],
  // Invitations to comment, whatever the site: "Have an opinion on this story? Share it!", "Have your say".
  [/^have an opinion on this (?:story|article|issue)\?/i, 'call to comment'],
  [/^(?:have your say|tell us what you think|let us know (?:what you think|in the comments)|share your (?:thoughts|views|opinions?|story))\b.{0,60}$/i, 'call to comment'],
  [/^what do you think\?\s*(?:let us know|share|tell us|comment|leave|join)\b/i, 'call to comment'],
  // A call for readers' own accounts: "Were you there? Send us your pictures", "Have you been affected? Tell us".
  [/^(?:have you been affected|were you (?:there|affected|caught up)|are you affected|have you (?:witnessed|experienced|been caught up)|do you have (?:a story|information|pictures|photos|video))\b.{0,100}\b(?:tell us|share (?:your|them|it)|send (?:us|them)|contact us|get in touch|e-?mail us|let us know)\b.{0,60}$/i, 'call to comment'],
  // Newsletter and subscription prompts.
  [/^subscribe\b.{0,60}$/i, 'subscribe prompt'],
  [/^enter your email address to subscribe/i, 'subscribe prompt'],
  [/^sign up (?:for|to) (?:our|the) newsletter/i, 'subscribe prompt'],
  // The keyword and the rest of the line are one lookahead, tried once after the prompt's first words: two
  // unanchored runs around it backtrack over every split of the line.
  [/^(?:sign up|subscribe)\b(?=.{0,80}\b(?:newsletters?|inbox|e-?mail alerts?|breaking news alerts?)\b.{0,80}$)/i, 'subscribe prompt'],
  [/^get (?:the|our) .{0,60}\b(?:newsletter|delivered (?:straight )?to your inbox|in your inbox)\b.{0,40}$/i, 'subscribe prompt'],
  [/^(?:enter your e-?mail(?: address)?\b.{0,80}|by (?:signing up|subscribing|clicking (?:sign up|subscribe)),? you agree\b.{0,150}|thank you for (?:signing up|subscribing)\b.{0,60}|newsletters?(?: sign-?up)?\s*:?)$/i, 'subscribe prompt'],
  // Share and follow lines: "Share this:", "Share on Facebook", "Facebook Twitter WhatsApp Email", "Follow us on X".
  [new RegExp(String.raw`^follow\b.{0,80}\b${SOCIAL}\b`, 'i'), 'follow line'],
  [/^follow (?:us|@\w+)\b.{0,60}$/i, 'follow line'],
  [/^(?:share (?:this|on)|click to share)\b/i, 'share line'],
  [/^share(?: this)?(?: article| story| page| post| via)?\s*:?$/i, 'share line'],
  [new RegExp(String.raw`^(?:(?:share|tweet|e-?mail|print|copy link|copy|save|${SOCIAL})\b[\s,|•·/]*){2,}$`, 'i'), 'share line'],
  [/\b(?:we encourage you to share|share this (?:article|story|update)|join the conversation)\b/i, 'call to share or comment'],
  // Cookie notices: the site speaks of its own cookies.
  [/^(?:we use cookies|we and our partners use cookies|this (?:web)?site uses cookies|by (?:continuing to (?:use|browse)|using) (?:this|our) (?:web)?site\b.{0,40}\bcookies|(?:accept|reject|manage) (?:all )?cookies|cookie (?:policy|settings|preferences|consent|notice))\b/i, 'cookie notice'],
  // Advertising slots and their labels: "Advertisement", "ADVERTISEMENT - Scroll to continue", "Sponsored".
  [/^(?:advertisement|advertising|ad|ads by \w+|sponsored(?: content| post| links?| stories)?|promoted(?: content| stories| links?)?|paid (?:content|post|partnership)|(?:story|article) continues below(?: (?:this )?advertisement)?|continue reading (?:below|the main story)|scroll (?:down )?to continue(?: (?:reading|with content))?)(?:\s*[-–—:|]\s*(?:scroll to continue|continue reading)\b.{0,40})?$/i, 'advertisement'],
  // Navigation: skip links, breadcrumbs are in isBreadcrumb, site taglines of wikis, archive notices, tag lists.
  [/^(?:jump|skip) to:?\s*(?:navigation|search|content|(?:the )?main content|footer|comments)\b/i, 'page navigation'],
  // A wiki's section edit link and its review state, each alone on a line: "[edit]", "Unchecked".
  [/^\[\s*edit(?: source| section)?\s*\]$/i, 'page navigation'],
  [/^(?:unchecked|pending changes|(?:this is the )?latest (?:accepted|reviewed|checked) (?:revision|version)\b.{0,60})$/i, 'page navigation'],
  // Site notices about the page itself, whatever the site: an invitation to send corrections, a warning
  // that cited sources may have gone, the archive policy, that an article reflects the time it was
  // written, the licence of the text.
  [/^(?:got a correction|spotted (?:an error|a mistake|a typo)|found (?:an error|a mistake|a typo)|see (?:an error|a mistake|something wrong))\?/i, 'site notice'],
  [/^(?:please )?note that (?:some |the |all )?(?:(?:listed|cited|linked|external|original) )*(?:sources?|links?|references?)(?: (?:or|and) (?:(?:listed|cited|linked|external) )?(?:sources?|links?|references?))? (?:may|might|can|could) no longer (?:be )?(?:available|online|accessible|valid|work)\b.{0,40}$/i, 'site notice'],
  [/^(?:please note that )?(?:due to|under|in line with) our (?:archiv(?:al|e|ing)|editorial|corrections?) polic(?:y|ies)\b/i, 'site notice'],
  [/^(?:articles|stories|reports|content|this (?:article|story|report|page))\b.{0,60}\breflects? the (?:specific )?(?:time|date|situation)\b.{0,20}\b(?:written|published|writing|publication)\b/i, 'site notice'],
  [/^(?:the text of )?this (?:article|story|work|page|report)(?:'s text)? (?:is|has been|was) (?:released|licensed|published|made available|distributed) (?:into the public domain|under (?:a |the )?(?:creative commons|cc[ -]by|gnu free documentation|open government) licen[cs]e)\b/i, 'site notice'],
  [/^from \p{Lu}[\p{L}]+, the (?:free|open)\b.{0,60}$/iu, 'site tagline'],
  [/^this (?:page|article|story|content) (?:is|was|has been) (?:archived|no longer (?:updated|maintained))\b/i, 'archive notice'],
  [/^this (?:article|story|page) is more than \w+ (?:years?|months?) old\b/i, 'archive notice'],
  [/^(?:advertisement|sponsored content|read more|related(?: articles| stories)?|tags?:.*)$/i, 'page navigation'],
  [/^(?:topics?|filed under|categories|category|keywords)\s*:.{0,200}$/i, 'page navigation'],
  // A link to another story: its title is a headline, which ends without a full stop.
  [/^(?:read more|read also|also read|see also|related(?: article| story| content| coverage)?|recommended|more on this(?: story)?)\s*(?::|»|>|\|)\s*\S.{0,150}(?<![.!])$/i, 'related link'],
  [/^(?:listen to (?:this|the) (?:article|story)\b.{0,30}|\d{1,2}\s*min(?:ute)?s?\s+read|reading time\s*(?::\s*)?\d{1,2}\s*min(?:ute)?s?)$/i, 'page navigation'],
  // Picture and video furniture: "VIDEO: EPL highlights", "Photo: Jane Doe/Getty Images", "Image caption,
  // …", "1 of 12", a caption ending in a gallery counter "[3/38]" or a credit "(AP Photo/Jane Doe)".
  // A broadcast transcript's clip is no caption: after its label comes the clip's words, one quotation
  // from its opening mark to its closing one (VOA's scripts: 'AUDIO: “The best hope for peace …”').
  [/^(?:video|watch(?: live| now)?|photos?|pictures?|in pictures|gallery|slideshow|listen|audio|podcast|graphic|infographic)\s*:\s*(?!["“][^"“”]{1,118}["”]$)\S.{0,120}$/i, 'video or gallery caption'],
  [/^(?:photo|image|picture|video|photograph|illustration|graphic|media)s?\s*(?:credit|courtesy|source|caption)s?\s*[:,]/i, 'picture caption or credit'],
  [/^(?:photo|image|picture|photograph|illustration)s?\s*(?::|by\b)\s*\S.{0,120}$/i, 'picture caption or credit'],
  [/^(?:(?:image|photo|picture|slide)\s+)?\d{1,3}\s*(?:of|\/)\s*\d{1,3}$/i, 'gallery counter'],
  [/^.{0,160}[[(]\d{1,3}\/\d{1,3}[\])]$/, 'video or gallery caption'],
  [new RegExp(String.raw`^.{0,300}(?:/\s*${PICTURE_DESK}|\((?:[^()]{0,40}\s)?(?:photo|photograph|image|picture|credit)s?\s*(?:[:/]|by\b|credit\b)[^()]{1,60}\))\.?$`, 'i'), 'picture caption or credit'],
  // Contact and footer lines: "Tel: +44 20 …", "Email: desk@example.com", "© 2024 Example Media. All rights reserved."
  // The tail ("| Fax …", "or …") is a lookahead to the end of the line: as a group of its own it shared
  // spaces and slashes with the number before it, and every split of a long number was tried.
  [/^(?:tel|telephone|phone|fax|mobile|e-?mail|whatsapp|call us|contact(?: us)?)\b\.?\s*(?::\s*)?(?:\+?[\d(][\d\s().\/-]{5,}\d|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)(?=\s*(?:[|•·,;/]|or|and)\s*.{0,60}$|$)/i, 'contact line'],
  [/^(?:contact us|about us|privacy policy|terms (?:of use|and conditions|of service))$/i, 'page navigation'],
  [/^(?:©|\(c\)\s*\d{4}|copyright\s*(?:(?:©|\(c\))\s*)?\d{4}\b).{0,120}$|\ball rights reserved\.?$/iu, 'copyright line'],
  // Page chrome that a copy picks up as lines of its own: buttons, menu words, player messages, counters.
  [/^(?:menu|search|close|sign in|log in|login|register|subscribe now|back to top|next|previous|next (?:article|story)|previous (?:article|story)|print(?: this (?:page|article|story))?|e-?mail this (?:page|article|story)|save(?: (?:this )?article)?|bookmark|copy link|listen|text size|font size)$/i, 'page navigation'],
  [/^(?:loading\.*|please enable javascript\b.{0,80}|your browser does not support\b.{0,80}|this (?:video|content|embed) is (?:not available|unavailable)\b.{0,60}|(?:play|replay|mute|unmute)(?: video)?|video duration\b.{0,20})$/i, 'video or gallery caption'],
  [/^\d[\d.,]*\s?[km]?\s+(?:shares|likes|views|reactions)$/i, 'share line'],
  [/^(?:photo|image|picture)?\s*(?:credit\s*(?::\s*)?)?(?:getty images|\S+ via getty images|shutterstock|alamy(?: stock photo)?)$/i, 'picture caption or credit'],
  [/^for more .{0,60}\bvisit\b/i, 'promo'],
  [/^did you know\?/i, 'promo'],
  [/^pro tip:/i, 'promo'],
  [/^latest market prices$/i, 'market ticker'],
  [/^download (?:ipfs|pdf|the app)$/i, 'download link'],
  [/^\S+\s+logo\b/i, 'logo'],
  // An image's file name alone on a line, as its alternative text copies: "Sports icon.png".
  [/^[\p{L}\p{N} _()'-]{1,80}\.(?:png|jpe?g|gif|svg|webp)$/iu, 'picture caption or credit'],
];

// The header of a list of links to other stories ("Related", "Read more", "More from Sport", "Most read",
// "Other sports stories") or of the sources a page cites ("Sources", "References", "External links");
// the link titles and citations under it are marked by markLinkLists in furniture-context.ts.
// "More from …" takes its 50 characters at once ((?=(…))\1, an atomic group): the spaces and colon after
// may end the line, and a run that could give them back would try each split.
export const LINK_LIST_HEADER =
  /^(?:read more|read next|more to read|related(?: articles| stories| news| content| posts| links| coverage| topics| reading)?|more (?:from|on|in|about|stories from) \S(?=(.{0,50}))\1|more (?:stories|news|headlines)|you (?:may|might) also (?:like|be interested in)|recommended(?: for you| stories| reading| articles)?|most (?:read|popular|viewed|shared)(?: stories| articles)?|trending(?: now| stories| news)?|latest (?:news|stories|headlines|articles)|top stories|editor'?s picks|popular (?:now|stories|articles)|around the web|from (?:the|our) (?:web|partners)|what to read next|further reading|other (?:\S+ ){0,2}(?:stories|news|articles)|sources|references|external links|bibliography)\s*:?$/iu;

export function furnitureReason(line: string): string | undefined {
  for (const [pattern, reason] of FURNITURE) if (pattern.test(line)) return reason;
  if (LINK_LIST_HEADER.test(line)) return 'related links';
  if (isBreadcrumb(line)) return 'breadcrumb';
  if (isMenuLine(line)) return 'menu or contact line';
  if (isMarkupLine(line)) return MARKUP_REASON;
  return undefined;
}

/** A price or a price change as tickers show them: "$117,033.76", "BTC 4.09%", "WAVES -0.77%". */
export function isTickerLine(line: string): boolean {
  return /^\$\s?[\d,]+(?:\.\d+)?$/.test(line) || /^[A-Z]{2,6}\s+[-+]?\d+(?:\.\d+)?%$/.test(line);
}

// A path through the site's sections: "Home > News > World", "You are here: Home › Scams", "Current: Home » Politics".
// (A separator starts where a run of spaces starts: tried inside a long run, it read the rest of it each time.)
const TRAIL_SEPARATOR = /(?<!\s)\s+(?:>|›|»|→|>>)\s+/u;
const TRAIL_START = /^(?:you are here|current(?: page)?|breadcrumbs?|home)\s*:?\s*(?:>|›|»|→|>>)?\s*/iu;

export function isBreadcrumb(line: string): boolean {
  if (line.length > 200) return false;
  const parts = line.split(TRAIL_SEPARATOR);
  if (parts.length < 2) return false;
  // Every step is a short name, never a sentence.
  if (!parts.every((p) => p.trim().length > 0 && wordCount(p) <= 7 && !/[.!?]["”’]?$/.test(p.trim()))) return false;
  return parts.length >= 3 || TRAIL_START.test(line);
}

export const DATE_IN_LINE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b\d{4}-\d\d-\d\d\b|\b\d{1,2}:\d\d\b/i;

// A row of menu items or contact links: "Home | News | Sport", "Error • phone | email", "Facebook · X · Email".
export function isMenuLine(line: string): boolean {
  if (line.length > 160 || line.startsWith('|') || /^[-*•‣▪]\s/.test(line)) return false;
  // A byline with its date ("By Jane Doe · March 3, 2024 · 5 min read") dates the article: not furniture.
  if (/^by\s/i.test(line) || DATE_IN_LINE.test(line)) return false;
  const parts = line.split(/(?:(?<!\s)\s+)?[|•·]\s*/u).filter((p) => p.length > 0);
  const separators = (line.match(/[|•·]/gu) ?? []).length;
  if (separators < 2 || parts.length < 3) return false;
  return parts.every((p) => wordCount(p) <= 4 && !/[.!?,;]$/.test(p) && !/\d{1,3}(?:\.\d+)?%$/.test(p));
}

export const MARKUP_REASON = 'HTML or ad code';

// HTML or script pasted with the page: a line of tags with (almost) no text between them
// ('<div class="ad-slot" …></div>'), an ad script, or an ad URL with a cache-buster ("cb=854237002").
// A paragraph wrapped in tags ("<p>The vote was close.</p>") keeps its words and is left to garbled.html.
// An unclosed comment or CDATA runs to the end of the line: [^] rather than ".", so that a U+2028 inside the
// line (splitLines ends lines at CR and LF only) does not stop it and make every later "<!--" scan again.
const TAG = /<\/?[A-Za-z][\w:-]*(?:\s[^<>]*)?\/?>|<!--[^]*?(?:-->|$)|<!\[CDATA\[[^]*?(?:\]\]>|$)/gu;
// Only tested, never matched out: five digits of the cache-buster say enough ("\d{5,}" asked for the rest).
const SCRIPT = /\b(?:googletag|adsbygoogle|document\.write|window\.[\w$]+\s*=|gtag\s*\(|dataLayer\.push|function\s*\(\s*\)\s*\{|var\s+[\w$]+\s*=)|[?&;]cb=\d{5}/u;

export function isMarkupLine(line: string): boolean {
  if (SCRIPT.test(line)) return true;
  const tags = line.match(TAG);
  if (!tags) return false;
  const rest = line.replace(TAG, ' ').replace(/&[#\w]+;/g, ' ');
  return (rest.match(/\p{L}{2,}/gu) ?? []).length <= 2;
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}
