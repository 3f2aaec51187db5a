import { afterEach, describe, expect, it, vi } from "vitest";
import { whenIdle } from "./yield-to-frame";

describe("whenIdle", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it("hands the callback to requestIdleCallback with a deadline", () => {
    const requestIdleCallback = vi.fn();
    vi.stubGlobal("requestIdleCallback", requestIdleCallback);
    const callback = vi.fn();
    whenIdle(callback, 300);
    expect(callback).not.toHaveBeenCalled();
    expect(requestIdleCallback).toHaveBeenCalledWith(expect.any(Function), {
      timeout: 300,
    });
    (requestIdleCallback.mock.calls[0]?.[0] as () => void)();
    expect(callback).toHaveBeenCalledOnce();
  });

  it("runs the callback in a later task where idle callbacks do not exist", () => {
    vi.useFakeTimers();
    vi.stubGlobal("requestIdleCallback", undefined);
    const callback = vi.fn();
    whenIdle(callback);
    expect(callback).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(callback).toHaveBeenCalledOnce();
  });
});
