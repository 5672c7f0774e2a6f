const EXCERPT_LENGTH = 120;

/** The start of a request's content, enough for a mail to recognise it; the full text stays in the database. */
export function excerptOf(content: string): string {
  return content.length > EXCERPT_LENGTH ? `${content.slice(0, EXCERPT_LENGTH)}…` : content;
}
