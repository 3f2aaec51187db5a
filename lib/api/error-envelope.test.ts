import { describe, expect, it } from "vitest";
import { readFailure } from "./error-envelope";

describe("readFailure", () => {
  it("reads the API's error envelope", async () => {
    const response = new Response(
      JSON.stringify({
        error: {
          message: "Slow down.",
          type: "rate_limit_error",
          param: null,
          code: "rate_limit_exceeded",
        },
      }),
      { status: 429 },
    );
    expect(await readFailure(response)).toEqual({
      status: 429,
      message: "Slow down.",
      code: "rate_limit_exceeded",
      type: "rate_limit_error",
      param: null,
    });
  });

  it("says what came back when the body is not an error envelope", async () => {
    const failure = await readFailure(
      new Response("Bad Gateway", { status: 502 }),
    );
    expect(failure).toEqual({
      status: 502,
      message: "The server answered HTTP 502: Bad Gateway",
      code: null,
      type: null,
      param: null,
    });
    expect((await readFailure(new Response("", { status: 500 }))).message).toBe(
      "The server answered HTTP 500 with an empty body.",
    );
  });

  it("names an HTML page by its title instead of quoting its markup", async () => {
    const page = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><title>404: This page could not be found.</title><link rel="stylesheet" href="/a.css"/></head><body>${"<div></div>".repeat(100)}</body></html>`;
    expect(
      (await readFailure(new Response(page, { status: 404 }))).message,
    ).toBe(
      "The server answered HTTP 404 with an HTML page (\"404: This page could not be found.\"), not the API's JSON: is the upstream's base URL right?",
    );
    expect(
      (
        await readFailure(
          new Response("<html><body>oops</body></html>", { status: 502 }),
        )
      ).message,
    ).toBe(
      "The server answered HTTP 502 with an HTML page, not the API's JSON.",
    );
  });
});
