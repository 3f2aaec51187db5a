import { describe, expect, it } from "vitest";
import { describeResponseFailure } from "./response-failure";

const failure = (
  status: number | null,
  type: string | null = null,
  code: string | null = null,
) => ({ status, type, code, message: "said so", param: null });

describe("describeResponseFailure", () => {
  it.each([
    [failure(404, "invalid_request_error"), "not_found"],
    [failure(404), "not_stored"],
    [failure(405), "not_stored"],
    [failure(400, "invalid_request_error"), "not_stored"],
    [failure(501), "not_stored"],
    [failure(502, "server_error", "upstream_unreachable"), "unreachable"],
    [failure(504, "server_error", "upstream_timeout"), "unreachable"],
    [failure(null), "unreachable"],
    [failure(404, "not_found_error", "upstream_not_found"), "unknown_upstream"],
    [failure(404, "invalid_request_error", "path_not_allowed"), "not_stored"],
    [failure(500, "server_error"), "other"],
  ] as const)("%o is %s", (input, kind) => {
    expect(describeResponseFailure(input, "resp_1", "local").kind).toBe(kind);
  });

  it("says in words what happened, naming the id and the upstream", () => {
    const gone = describeResponseFailure(
      failure(404, "invalid_request_error"),
      "resp_1",
      "local",
    );
    expect(gone.title).toBe("Response resp_1 was not found on “local”.");
    expect(gone.detail).toContain("deleted");
    expect(
      describeResponseFailure(failure(405), "resp_1", "ollama").detail,
    ).toContain("This server does not store responses");
  });
});
