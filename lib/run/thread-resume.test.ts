import { describe, expect, it } from "vitest";
import { createStore } from "zustand/vanilla";
import type { RunState, ThreadOrigin } from "@/lib/stores/run-store";
import { useRunStore } from "@/lib/stores/run-store";
import {
  answeredTurn,
  assistantMessage as message,
} from "./testing/answered-turn";
import {
  keepResumePoint,
  parseResumeOrigin,
  resumeOrigin,
  THREAD_RESUME_KEY,
} from "./thread-resume";

const continuing: ThreadOrigin = {
  upstream: "local",
  previousResponseId: "resp_origin",
  items: [],
  label: "Continuing from resp_origin",
  notes: [],
};

/** A Storage over a Map, as sessionStorage behaves; `quota` makes setItem throw as a full storage does. */
function memoryStorage(quota = Infinity): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (key) => map.get(key) ?? null,
    key: (index) => [...map.keys()][index] ?? null,
    removeItem: (key) => void map.delete(key),
    setItem: (key, value) => {
      if (value.length > quota)
        throw new DOMException("full", "QuotaExceededError");
      map.set(key, value);
    },
  };
}

function runState(changes: Partial<RunState>): RunState {
  return { ...useRunStore.getState(), turns: [], origin: null, ...changes };
}

describe("resumeOrigin", () => {
  it("is the origin while no turn has run, and nothing for a new thread", () => {
    expect(resumeOrigin({ turns: [], origin: continuing })).toBe(continuing);
    expect(resumeOrigin({ turns: [], origin: null })).toBeNull();
  });

  it("chains to the thread's last stored response once turns ran", () => {
    const origin = resumeOrigin({
      turns: [
        answeredTurn("resp_a", [message]),
        answeredTurn("resp_b", [message]),
      ],
      origin: continuing,
    });
    expect(origin).toEqual({
      upstream: "local",
      previousResponseId: "resp_b",
      items: [],
      label: "Continuing from resp_b, where this thread was before the reload",
      notes: [],
    });
  });

  it("stays in the conversation a thread goes on in, which holds its turns", () => {
    const inConversation = {
      ...continuing,
      previousResponseId: null,
      conversationId: "conv_1",
    };
    expect(
      resumeOrigin({
        turns: [answeredTurn("resp_a", [message])],
        origin: inConversation,
      }),
    ).toBe(inConversation);
  });

  it("resends what the server does not hold when turns were not stored", () => {
    const origin = resumeOrigin({
      turns: [
        answeredTurn("resp_a", [message]),
        answeredTurn("resp_b", [message], { store: false }),
      ],
      origin: null,
    });
    expect(origin?.previousResponseId).toBe("resp_a");
    expect(origin?.items).toEqual([
      { role: "user", content: "question resp_b" },
      message,
    ]);
    expect(origin?.label).toBe(
      "Continuing this thread from before the reload: 2 items are resent after resp_a",
    );
  });
});

describe("parseResumeOrigin", () => {
  it("reads back what was saved", () => {
    expect(parseResumeOrigin(JSON.stringify(continuing))).toEqual(continuing);
    const fork = { ...continuing, draftAnswers: true };
    expect(parseResumeOrigin(JSON.stringify(fork))).toEqual(fork);
    const inConversation = {
      ...continuing,
      previousResponseId: null,
      conversationId: "conv_1",
    };
    expect(parseResumeOrigin(JSON.stringify(inConversation))).toEqual(
      inConversation,
    );
  });

  it.each([
    null,
    "",
    "not json",
    "{}",
    JSON.stringify({ ...continuing, items: "x" }),
  ])("counts %j as no saved thread", (text) => {
    expect(parseResumeOrigin(text)).toBeNull();
  });
});

describe("keepResumePoint", () => {
  const now = (write: () => void) => write();

  it("saves at once, follows settled turns and clears for a new thread", () => {
    const store = createStore<RunState>(() => runState({ origin: continuing }));
    const storage = memoryStorage();
    const stop = keepResumePoint(store, storage, now);
    expect(parseResumeOrigin(storage.getItem(THREAD_RESUME_KEY))).toEqual(
      continuing,
    );

    store.setState({ turns: [answeredTurn("resp_a", [message])] });
    expect(
      parseResumeOrigin(storage.getItem(THREAD_RESUME_KEY))?.previousResponseId,
    ).toBe("resp_a");

    store.setState({ turns: [], origin: null });
    expect(storage.getItem(THREAD_RESUME_KEY)).toBeNull();

    stop();
    store.setState({ origin: continuing });
    expect(storage.getItem(THREAD_RESUME_KEY)).toBeNull();
  });

  it("writes in a later task by default, with the state of that moment", async () => {
    const store = createStore<RunState>(() => runState({}));
    const storage = memoryStorage();
    keepResumePoint(store, storage);
    store.setState({ origin: continuing });
    expect(storage.getItem(THREAD_RESUME_KEY)).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(parseResumeOrigin(storage.getItem(THREAD_RESUME_KEY))).toEqual(
      continuing,
    );
  });

  it("saves nothing rather than a wrong thread when the storage is full", () => {
    const storage = memoryStorage(10);
    storage.setItem(THREAD_RESUME_KEY, "{}");
    const store = createStore<RunState>(() => runState({ origin: continuing }));
    keepResumePoint(store, storage, now);
    expect(storage.getItem(THREAD_RESUME_KEY)).toBeNull();
  });
});
