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
      new Response("<html>Bad Gateway</html>", { status: 502 }),
    );
    expect(failure).toEqual({
      status: 502,
      message: "The server answered HTTP 502: <html>Bad Gateway</html>",
      code: null,
      type: null,
      param: null,
    });
    expect((await readFailure(new Response("", { status: 500 }))).message).toBe(
      "The server answered HTTP 500 with an empty body.",
    );
  });
});
