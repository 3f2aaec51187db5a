import { text } from "../json";
import type { AudioState } from "../run-tree";
import type { EventHandler } from "../tree-ops";

const noAudio: AudioState = {
  chunks: [],
  done: false,
  transcript: "",
  transcriptDone: false,
};

/** Audio events are response-level (they name no item), so they update `tree.audio`. */
function audioHandler(
  update: (audio: AudioState, delta: string) => Partial<AudioState>,
): EventHandler {
  return (tree, ctx) => {
    const audio = tree.audio ?? noAudio;
    return {
      ...tree,
      audio: { ...audio, ...update(audio, text(ctx.data.delta)) },
    };
  };
}

export const audioHandlers = {
  "response.audio.delta": audioHandler((audio, delta) => ({
    chunks: [...audio.chunks, delta],
  })),
  "response.audio.done": audioHandler(() => ({ done: true })),
  "response.audio.transcript.delta": audioHandler((audio, delta) => ({
    transcript: audio.transcript + delta,
  })),
  "response.audio.transcript.done": audioHandler(() => ({
    transcriptDone: true,
  })),
} as const satisfies Record<string, EventHandler>;
