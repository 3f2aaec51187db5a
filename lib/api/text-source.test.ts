import { describe, expect, it } from "vitest";
import { webStreamOf, type TextSink, type TextSource } from "./text-source";

/** A source the test drives by hand through the sink it was opened with. */
function manualSource() {
  const state = { sink: null as TextSink | null, resumed: 0, cancelled: 0 };
  const source: TextSource = {
    open(sink) {
      state.sink = sink;
      return {
        resume: () => state.resumed++,
        cancel: () => state.cancelled++,
      };
    },
  };
  return { source, state };
}

describe("webStreamOf", () => {
  it("reads the source's text as UTF-8 bytes, asking for more as it is read", async () => {
    const { source, state } = manualSource();
    const reader = webStreamOf(source).getReader();
    expect(state.sink?.write("héllo ")).toBe(false);
    const resumedBefore = state.resumed;
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toBe("héllo ");
    expect(state.resumed).toBeGreaterThan(resumedBefore);
    state.sink?.end("end");
    expect(new TextDecoder().decode((await reader.read()).value)).toBe("end");
    expect((await reader.read()).done).toBe(true);
    expect(state.cancelled).toBe(0);
  });

  it("tells the source when its reader cancels", async () => {
    const { source, state } = manualSource();
    await webStreamOf(source).cancel();
    expect(state.cancelled).toBe(1);
  });
});
