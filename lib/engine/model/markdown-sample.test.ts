import { describe, expect, it } from "vitest";
import { MARKDOWN_SAMPLE } from "./markdown-sample";

describe("MARKDOWN_SAMPLE", () => {
  it("covers headings, lists, a table, emphasis, a link and a blockquote", () => {
    expect(MARKDOWN_SAMPLE).toMatch(/^# /m);
    expect(MARKDOWN_SAMPLE).toMatch(/^## /m);
    expect(MARKDOWN_SAMPLE).toMatch(/^### /m);
    expect(MARKDOWN_SAMPLE).toMatch(/^- /m);
    expect(MARKDOWN_SAMPLE).toMatch(/^1\. /m);
    expect(MARKDOWN_SAMPLE).toMatch(/^\| --- \|/m);
    expect(MARKDOWN_SAMPLE).toMatch(/\*\*\w+\*\*/);
    expect(MARKDOWN_SAMPLE).toMatch(/(?<!\*)\*\w+\*(?!\*)/);
    expect(MARKDOWN_SAMPLE).toMatch(/\[[^\]]+\]\(https:\/\/[^)]+\)/);
    expect(MARKDOWN_SAMPLE).toMatch(/^> /m);
    expect(MARKDOWN_SAMPLE).toMatch(/`[^`\n]+`/);
  });

  it("has balanced fenced code blocks in typescript, python and json", () => {
    expect(MARKDOWN_SAMPLE).toMatch(/^```typescript$/m);
    expect(MARKDOWN_SAMPLE).toMatch(/^```python$/m);
    expect(MARKDOWN_SAMPLE).toMatch(/^```json$/m);
    expect(MARKDOWN_SAMPLE.match(/^```/gm)?.length).toBe(6);
  });

  it("has a JSON block that parses", () => {
    const block = /```json\n([\s\S]*?)\n```/.exec(MARKDOWN_SAMPLE)?.[1] ?? "";
    expect(JSON.parse(block)).toMatchObject({
      type: "response.output_text.delta",
    });
  });
});
