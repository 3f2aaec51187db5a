import { describe, expect, it, vi } from "vitest";
import { moduleLoader } from "./on-demand-module";

describe("moduleLoader", () => {
  it("fetches the module once, however often it is asked for, and has it at hand once it arrived", async () => {
    const load = vi.fn(() => Promise.resolve({ View: "the view" }));
    const loader = moduleLoader(load);
    expect(loader.current()).toBeNull();
    loader.preload();
    const [first, second] = await Promise.all([
      loader.ensure(),
      loader.ensure(),
    ]);
    expect(first).toBe(second);
    expect(loader.current()).toEqual({ View: "the view" });
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("fetches again after a failed fetch, and a preload's failure is left for the one who needs the module", async () => {
    const load = vi
      .fn<() => Promise<{ View: string }>>()
      .mockRejectedValueOnce(new Error("chunk failed"))
      .mockResolvedValueOnce({ View: "the view" });
    const loader = moduleLoader(load);
    const unhandled = vi.fn();
    process.on("unhandledRejection", unhandled);
    try {
      loader.preload();
      await expect(loader.ensure()).rejects.toThrow("chunk failed");
      expect(loader.current()).toBeNull();
      await expect(loader.ensure()).resolves.toEqual({ View: "the view" });
      expect(load).toHaveBeenCalledTimes(2);
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off("unhandledRejection", unhandled);
    }
  });
});
