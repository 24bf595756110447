// Page furniture: lines that come with a web page but are not the article.
// Each pattern names the kind of furniture, which becomes the boilerplate range's `reason`.

const FURNITURE: Array<[RegExp, string]> = [
  [/^leave a (?:comment|reply)\b/i, 'comment form'],
  [/^your email address will not be published/i, 'comment form'],
  [/^required fields are marked/i, 'comment form'],
  [/^\*+$/, 'comment form'],
  [/^(?:post|submit) comment$/i, 'comment form'],
  [/^subscribe\b.{0,60}$/i, 'subscribe prompt'],
  [/^enter your email address to subscribe/i, 'subscribe prompt'],
  [/^sign up (?:for|to) (?:our|the) newsletter/i, 'subscribe prompt'],
  [/^follow\b.{0,80}\b(?:facebook|twitter|tiktok|instagram|x|linkedin|youtube|telegram|threads)\b/i, 'follow line'],
  [/^(?:share (?:this|on)|click to share)\b/i, 'share line'],
  [/\b(?:we encourage you to share|share this (?:article|story|update)|join the conversation)\b/i, 'call to share or comment'],
  [/^for more .{0,60}\bvisit\b/i, 'promo'],
  [/^did you know\?/i, 'promo'],
  [/^pro tip:/i, 'promo'],
  [/^latest market prices$/i, 'market ticker'],
  [/^download (?:ipfs|pdf|the app)$/i, 'download link'],
  [/^(?:advertisement|sponsored content|read more|related(?: articles| stories)?|tags?:.*)$/i, 'page navigation'],
  [/^\S+\s+logo\b/i, 'logo'],
];

export function furnitureReason(line: string): string | undefined {
  for (const [pattern, reason] of FURNITURE) if (pattern.test(line)) return reason;
  return undefined;
}

/** A price or a price change as tickers show them: "$117,033.76", "BTC 4.09%", "WAVES -0.77%". */
export function isTickerLine(line: string): boolean {
  return /^\$\s?[\d,]+(?:\.\d+)?$/.test(line) || /^[A-Z]{2,6}\s+[-+]?\d+(?:\.\d+)?%$/.test(line);
}
