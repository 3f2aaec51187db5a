/** Anything that could make markdown of one line more than a paragraph of text: inline syntax, entities, autolinks. */
const markdownSyntax =
  /[\n\\`*_[\]<>~|@]|&[#a-z0-9]+;|www\.|https?:\/\/|mailto:|xmpp:/i;
/** A first character that could open a block: indentation (code), list markers, headings, setext and breaks. */
const blockStart = /^[\s\-+=#\d]/;

/**
 * The text of a markdown block that is one plain paragraph (what the markdown renderer would put in a
 * `<p>` as it is), or null when the block needs the parser.
 */
export function plainParagraph(block: string): string | null {
  const body = block.replace(/\n+$/, "").trimEnd();
  if (body === "" || blockStart.test(body) || markdownSyntax.test(body))
    return null;
  return body;
}
