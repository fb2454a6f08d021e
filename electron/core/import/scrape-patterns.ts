/**
 * Phrases web pages wrap around an article, as they end up in a copy or a scrape. Kept as data so
 * the heuristics in scrape-units.ts stay general: add a phrase here, not a special case there.
 */

/** Site furniture a scrape may start with, glued to what follows ("Follow us on Image Source…"). */
export const BOILERPLATE_PREFIX =
  /^(?:follow us(?: on)?|share this (?:article|story|post)|share on|subscribe(?: now)?|advertisement|advertisment|sponsored(?: content)?|listen to (?:this )?(?:article|story)|\d+\s*min(?:ute)?s?\s*read|skip to (?:main )?content|copy link|(?:last )?updated\s*:?\s*\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago)(?=$|[\s:|·•,\-–—])/i;

/** Social networks and share buttons, named after "Follow us on" or in a share bar. */
export const SOCIAL =
  /^(?:google news|facebook|twitter|x|instagram|whatsapp|linkedin|telegram|youtube|reddit|pinterest|threads|koo|email|e-mail|print|link|copy link|share|comments?|\d+)(?=$|[\s:|·•,\-–—])/i;

/** A whole line that is site furniture, not article text. */
export const BOILERPLATE_LINE = [
  /^(?:advertisement|advertisment|ad|sponsored(?: content)?|promoted|story continues below(?: this)? (?:ad|advertisement)|scroll (?:down )?to continue(?: with content)?|continue reading(?: below| the main story)?|read more|show more|load more comments|view comments|comments?|skip to (?:main )?content|copy link|print|email|share|tweet|topics|more on this story)$/i,
  /^(?:follow us|share this|subscribe|sign up|click here|tap here|download (?:the|our) app|get the latest|want more|join our)\b.{0,160}$/i,
  /^(?:also read|read also|read more|must read|recommended(?: stories| for you)?|related(?: stories| articles| news)?|see also|more from|don't miss|watch)\s*[:|\-–—»].{0,200}$/i,
  /^(?:home|news)\s*(?:[>»›/|]\s*[^>»›/|]{1,40}){1,6}$/i,
  /^\d+\s*min(?:ute)?s?\s*read$/i,
  /^(?:(?:last )?updated\s*:?\s*)?\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago$/i,
  /^(?:©|\(c\)|copyright\b).{0,160}$/i,
  /^(?:all rights reserved|this (?:article|story) (?:was|has been) (?:first )?published\b).{0,160}$/i,
];

/** Labels that introduce an image credit: "Image Source : MFA RUSSIA (X)", "Photo: AP". */
export const CREDIT_LABEL =
  /^(?:image source|image credit|image courtesy|photo(?:graph)?(?: credit| courtesy)?|picture(?: credit)?|pic(?: credit)?|credit|courtesy|file photo|file image|representational (?:image|photo)|representative (?:image|photo)|image)\s*:\s*/i;

/** News agencies and picture libraries that appear in credits. */
export const AGENCY =
  /^(?:getty(?: images)?|images|photos|reuters|ap|afp|associated press|bloomberg|shutterstock|ani|pti|ians|epa(?:-efe)?|xinhua|pool|file|via|dpa|anadolu|sipa|alamy|istock|unsplash|wikimedia(?: commons)?|x|twitter|instagram)$/i;

/** A credit at the end of a caption: "… in Beijing. (Photo: Reuters)", "… Photograph: Pool/AFP". */
export const TRAILING_CREDIT = [
  /[([]\s*(?:photo|image|picture|pic|credit|file photo|image source|photograph)\s*(?:by|:)\s*[^()[\]]{1,80}[)\]]\s*$/i,
  /[([]\s*(?:reuters|ap|afp|getty images|pti|ani|ians|epa|xinhua|ap photo|file)(?:\s*\/\s*[^()[\]]{1,60})?[)\]]\s*$/i,
  /(?:^|[.!?]\s+|\s[|–—-]\s*)(?:photo|photograph|image|picture|credit|image source)\s*(?:by|:)\s*[^.!?]{1,80}$/i,
  /\s(?:\/|\|)\s*(?:getty images|reuters|afp|ap|shutterstock|epa|xinhua)\s*$/i,
];

/** A byline: "By Jane Doe", "Written by …", "Author: …". */
export const BYLINE = /^(?:by|written by|reported by|words by|author\s*:)\s+(\p{Lu}.{1,100})$/iu;
