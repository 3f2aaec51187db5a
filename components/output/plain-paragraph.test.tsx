import fc from "fast-check";
import { renderToStaticMarkup } from "react-dom/server";
import { Streamdown } from "streamdown";
import { describe, expect, it } from "vitest";
import { MarkdownBlock } from "./markdown-text";
import { plainParagraph } from "./plain-paragraph";

function parsed(markdown: string): string {
  return renderToStaticMarkup(<Streamdown>{markdown}</Streamdown>);
}

function fastPath(markdown: string): string {
  return renderToStaticMarkup(
    <Streamdown BlockComponent={MarkdownBlock}>{markdown}</Streamdown>,
  );
}

describe("plainParagraph", () => {
  it("takes prose without markdown syntax as it is", () => {
    expect(plainParagraph("word word END")).toBe("word word END");
    expect(plainParagraph("Hello, world! It's 3.5 (or so).\n\n")).toBe(
      "Hello, world! It's 3.5 (or so).",
    );
  });

  it.each([
    "a *b*",
    "a _b_",
    "see www.example.com",
    "see https://example.com",
    "mail me@example.com",
    "1. item",
    "- item",
    "# heading",
    "    code",
    "line\nline",
    "a `b`",
    "[a](b)",
    "a &amp; b",
    "a ~~b~~",
    "a <b>",
  ])("leaves %j to the parser", (markdown) => {
    expect(plainParagraph(markdown)).toBeNull();
  });

  it("renders what the parser renders whenever it takes a block", () => {
    const alphabet = fc.constantFrom(
      ..."ab Z09.,;:!?'\"()-+=#*_`[]<>~|@&\n\t/".split(""),
      "www.",
      "http://",
      "&amp;",
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }), (chars) => {
        const markdown = chars.join("");
        expect(fastPath(markdown)).toBe(parsed(markdown));
      }),
      { numRuns: 150 },
    );
  }, 30_000);
});
