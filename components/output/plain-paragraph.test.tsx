import fc from "fast-check";
import { renderToStaticMarkup } from "react-dom/server";
import { Streamdown } from "streamdown";
import { describe, expect, it } from "vitest";
import { PlainProse } from "./lazy-markdown-text";
import { MarkdownBlock } from "./markdown-text";
import {
  MARKDOWN_TEXT_CLASS,
  plainParagraph,
  plainProse,
} from "./plain-paragraph";

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

describe("plainProse", () => {
  function streamdown(markdown: string): string {
    return renderToStaticMarkup(
      <Streamdown className={MARKDOWN_TEXT_CLASS}>{markdown}</Streamdown>,
    );
  }

  it("splits prose into its paragraphs, and leaves markdown to the parser", () => {
    expect(plainProse("one two\n\n\nthree END\n\n")).toEqual([
      "one two",
      "three END",
    ]);
    expect(plainProse("one\n\n# two")).toBeNull();
    expect(plainProse("")).toBeNull();
  });

  it("renders what Streamdown renders whenever it takes the text", () => {
    const alphabet = fc.constantFrom(
      ..."ab Z09.,;:!?'\"()-+=#*_`[]<>~|@&\t/".split(""),
      "\n",
      "\n\n",
      "www.",
      "&amp;",
    );
    let taken = 0;
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }), (chars) => {
        const markdown = chars.join("");
        const paragraphs = plainProse(markdown);
        if (paragraphs === null) return;
        taken++;
        expect(
          renderToStaticMarkup(<PlainProse paragraphs={paragraphs} />),
        ).toBe(streamdown(markdown));
      }),
      { numRuns: 300 },
    );
    // The property says something only if the fast path was taken often enough.
    expect(taken).toBeGreaterThan(20);
  }, 30_000);
});
