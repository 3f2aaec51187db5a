import { describe, expect, it } from "vitest";
import {
  continueHref,
  conversationHref,
  readContinueRequest,
  readConversationRequest,
} from "./continue-link";

describe("continue links", () => {
  it("round-trips a response id, upstream and model", () => {
    const request = { responseId: "resp_1", upstream: "my up", model: "m/1" };
    const href = continueHref(request);
    expect(href).toBe("/?continue=resp_1&upstream=my+up&model=m%2F1");
    expect(readContinueRequest(href.slice(1))).toEqual(request);
  });

  it("needs both a response id and an upstream", () => {
    expect(readContinueRequest("?continue=resp_1")).toBeNull();
    expect(readContinueRequest("?upstream=local")).toBeNull();
    expect(readContinueRequest("")).toBeNull();
    expect(readContinueRequest("?continue=resp_1&upstream=local")).toEqual({
      responseId: "resp_1",
      upstream: "local",
      model: null,
    });
  });

  it("round-trips a conversation and its upstream, and needs both", () => {
    const href = conversationHref("my up", "conv_1");
    expect(href).toBe("/?conversation=conv_1&upstream=my+up");
    expect(readConversationRequest(href.slice(1))).toEqual({
      upstream: "my up",
      id: "conv_1",
    });
    expect(readConversationRequest("?conversation=conv_1")).toBeNull();
    expect(readConversationRequest(href.replace("conv_1", "%20"))).toBeNull();
  });
});
