const PASSWORD_FIELD = /<input\b[^>]*\btype\s*=\s*["']?password\b/i;

/** Below this many words of article, a page with a password field is a sign-in form, not a story. */
const MAX_LOGIN_PAGE_WORDS = 150;

/**
 * Whether a fetched page is a login wall: it asks for a password and has little article text
 * (news pages with a sign-in box beside a full story are still stories).
 */
export function isLoginPage(html: string, articleWords: number): boolean {
  return articleWords < MAX_LOGIN_PAGE_WORDS && PASSWORD_FIELD.test(html);
}
