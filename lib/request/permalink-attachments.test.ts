import { describe, expect, it } from "vitest";
import { omitLargeAttachments } from "./permalink-attachments";

const big = { name: "scan.pdf", data: "x".repeat(200) };
const small = { filename: "a.txt", data: "hi" };
const nameless = { data: "y".repeat(300) };

describe("omitLargeAttachments", () => {
  it("drops attachments over the limit wherever an `attachments` list sits, and names each", () => {
    const draft = {
      attachments: [nameless, small],
      messages: [{ text: "t", attachments: [big, small] }, { text: "u" }],
    };
    const { draft: kept, omitted } = omitLargeAttachments(draft, 100);
    expect(kept).toEqual({
      attachments: [small],
      messages: [{ text: "t", attachments: [small] }, { text: "u" }],
    });
    expect(omitted).toEqual([
      { name: "attachment", bytes: JSON.stringify(nameless).length },
      { name: "scan.pdf", bytes: JSON.stringify(big).length },
    ]);
  });

  it("counts UTF-8 bytes, keeps an attachment exactly at the limit and leaves other lists alone", () => {
    const emoji = { name: "🎉", data: "é" };
    const limit = new TextEncoder().encode(JSON.stringify(emoji)).length;
    const draft = { tools: [big], attachments: [emoji] };
    expect(omitLargeAttachments(draft, limit)).toEqual({
      draft,
      omitted: [],
    });
    expect(omitLargeAttachments(draft, limit - 1).omitted).toEqual([
      { name: "🎉", bytes: limit },
    ]);
  });

  it("does not change the draft it is given", () => {
    const draft = { attachments: [big] };
    omitLargeAttachments(draft, 10);
    expect(draft).toEqual({ attachments: [big] });
  });
});
