import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createTestEngine } from "./testing/engine-client";

const te = createTestEngine();
const { client } = te;

const SECRET = "sk-mcp-secret-7f3a";

/** Everything the engine wrote to disk: the database and its write-ahead log. */
function stored(): string {
  return [te.dbPath, `${te.dbPath}-wal`]
    .map((path) => {
      try {
        return readFileSync(path).toString("latin1");
      } catch {
        return "";
      }
    })
    .join("");
}

describe("an MCP tool's secrets", () => {
  it("are neither echoed nor stored: no authorization, headers null, the URL's path redacted", async () => {
    const response = await client.responses.create({
      model: "local-echo",
      input: "/playback mcp",
      tools: [
        {
          type: "mcp",
          server_label: "dice",
          server_url: `https://mcp.example.com/u/${SECRET}/mcp?key=${SECRET}`,
          authorization: SECRET,
          headers: { Authorization: `Bearer ${SECRET}` },
          require_approval: "never",
        },
        {
          type: "mcp",
          server_label: "root",
          server_url: "https://mcp.example.com/",
        },
      ],
    });
    const expected = [
      {
        type: "mcp",
        server_label: "dice",
        server_url: "https://mcp.example.com/<redacted>",
        headers: null,
        require_approval: "never",
      },
      {
        type: "mcp",
        server_label: "root",
        server_url: "https://mcp.example.com",
        headers: null,
      },
    ];
    expect(response.tools).toEqual(expected);
    // The played-back call still names the server by its label.
    expect(
      response.output.some(
        (item) => item.type === "mcp_call" && item.server_label === "dice",
      ),
    ).toBe(true);
    expect((await client.responses.retrieve(response.id)).tools).toEqual(
      expected,
    );
    expect(stored()).not.toContain(SECRET);
  });
});
