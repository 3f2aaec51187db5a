import { describe, expect, it } from "vitest";
import { UpstreamProtocolError } from "./chunked-framing";
import { parseResponseHead } from "./response-head";

const head = (...lines: string[]) => lines.join("\r\n");

describe("parseResponseHead", () => {
  it("reads the status, the fields by lower-case name and a repeated field as a list", () => {
    const parsed = parseResponseHead(
      head(
        "HTTP/1.1 200 OK",
        "Content-Type: text/event-stream",
        "Transfer-Encoding: chunked",
        "X-Ratelimit-Remaining: 5",
        "Set-Cookie: a=1",
        "Set-Cookie: b=2",
      ),
      "POST",
    );
    expect(parsed).toEqual({
      status: 200,
      headers: {
        "content-type": "text/event-stream",
        "transfer-encoding": "chunked",
        "x-ratelimit-remaining": "5",
        "set-cookie": ["a=1", "b=2"],
      },
      body: { kind: "chunked" },
      reusable: true,
    });
  });

  it("takes a status line without a reason phrase", () => {
    expect(parseResponseHead("HTTP/1.1 204", "POST").status).toBe(204);
  });

  it.each([
    [
      "a length",
      ["Content-Length: 12"],
      "GET",
      { kind: "length", length: 12 },
      true,
    ],
    [
      "the same length twice",
      ["Content-Length: 3, 3"],
      "GET",
      { kind: "length", length: 3 },
      true,
    ],
    [
      "chunked as the last coding",
      ["Transfer-Encoding: gzip, chunked"],
      "GET",
      { kind: "chunked" },
      true,
    ],
    [
      "a coding other than chunked last",
      ["Transfer-Encoding: gzip"],
      "GET",
      { kind: "close" },
      false,
    ],
    ["neither length nor coding", [], "GET", { kind: "close" }, false],
    [
      "an answer to HEAD",
      ["Content-Length: 12"],
      "HEAD",
      { kind: "none" },
      true,
    ],
    [
      "Connection: close",
      ["Content-Length: 2", "Connection: close"],
      "GET",
      { kind: "length", length: 2 },
      false,
    ],
  ])("frames a body by %s", (_, fields, method, body, reusable) => {
    const parsed = parseResponseHead(
      head("HTTP/1.1 200 OK", ...fields),
      method,
    );
    expect(parsed.body).toEqual(body);
    expect(parsed.reusable).toBe(reusable);
  });

  it.each([204, 304, 103])("gives a %i no body", (status) => {
    expect(
      parseResponseHead(
        head(`HTTP/1.1 ${status} X`, "Content-Length: 5"),
        "GET",
      ).body,
    ).toEqual({ kind: "none" });
  });

  it("does not reuse an HTTP/1.0 connection", () => {
    expect(
      parseResponseHead(head("HTTP/1.0 200 OK", "Content-Length: 1"), "GET")
        .reusable,
    ).toBe(false);
  });

  it.each([
    ["a malformed status line", ["HTTP/2 200 OK"]],
    ["a status of two digits", ["HTTP/1.1 20 OK"]],
    [
      "both a length and a coding",
      ["HTTP/1.1 200 OK", "Content-Length: 3", "Transfer-Encoding: chunked"],
    ],
    [
      "two different lengths",
      ["HTTP/1.1 200 OK", "Content-Length: 3", "Content-Length: 4"],
    ],
    [
      "a length that is not a number",
      ["HTTP/1.1 200 OK", "Content-Length: -1"],
    ],
    ["a folded field", ["HTTP/1.1 200 OK", "X-A: one", " two"]],
    ["a field name with a space", ["HTTP/1.1 200 OK", "X A: one"]],
    ["a line with no colon", ["HTTP/1.1 200 OK", "nonsense"]],
    ["a value with a bare LF", ["HTTP/1.1 200 OK", "X-A: one\ntwo"]],
  ])("refuses %s", (_, lines) => {
    expect(() => parseResponseHead(head(...lines), "GET")).toThrow(
      UpstreamProtocolError,
    );
  });
});
