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

/** The classes of the message text's root: Streamdown's own, then ours, so both renderings look the same. */
export const STREAMDOWN_ROOT_CLASS =
  "space-y-4 whitespace-normal [&>*:first-child]:mt-0 [&>*:last-child]:mb-0";
export const MARKDOWN_TEXT_CLASS =
  "prose-playground text-sm leading-6 text-zinc-200";

/**
 * The paragraphs of text that is only plain prose (blocks apart by blank lines, each a plain paragraph),
 * or null when some block needs the markdown parser.
 */
export function plainProse(text: string): string[] | null {
  const paragraphs: string[] = [];
  for (const block of text.split(/\n{2,}/)) {
    if (block === "") continue;
    const plain = plainParagraph(block);
    if (plain === null) return null;
    paragraphs.push(plain);
  }
  return paragraphs.length > 0 ? paragraphs : null;
}
