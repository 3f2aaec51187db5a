import type {
  ResponseInputItem,
  Tool,
} from "openai/resources/responses/responses";
import { parseDirectives } from "../directives";
import { lastUserText } from "../input-items";
import type { PlannedItem } from "../types";
import {
  applyPatchExample,
  computerUseExample,
  customToolExample,
  localShellExample,
  shellExample,
} from "./call-examples";
import { mcpApprovalExample, mcpExample } from "./mcp-examples";
import { fileSearchExample, webSearchExample } from "./search-examples";
import {
  codeInterpreterExample,
  imageGenerationExample,
} from "./tool-run-examples";

/** Every canned example `/playback NAME` plays, in the order `/playback all` plays them (approval last: it ends the turn). */
const examples = {
  web_search: webSearchExample,
  file_search: fileSearchExample,
  code_interpreter: codeInterpreterExample,
  image_generation: imageGenerationExample,
  mcp: mcpExample,
  shell: shellExample,
  computer_use: computerUseExample,
  local_shell: localShellExample,
  apply_patch: applyPatchExample,
  custom: customToolExample,
  mcp_approval: mcpApprovalExample,
} satisfies Record<string, (tools: readonly Tool[]) => PlannedItem[]>;

export type PlaybackName = keyof typeof examples;

export const PLAYBACK_NAMES = Object.keys(examples) as PlaybackName[];

function isPlaybackName(name: string): name is PlaybackName {
  return Object.hasOwn(examples, name);
}

/** Resolves the names after `/playback` (with `all` for every example), keeping order and dropping repeats. */
function resolvePlayback(names: readonly string[]): {
  known: PlaybackName[];
  unknown: string[];
} {
  const known = new Set<PlaybackName>();
  const unknown: string[] = [];
  for (const name of names) {
    if (name === "all") PLAYBACK_NAMES.forEach((each) => known.add(each));
    else if (isPlaybackName(name)) known.add(name);
    else unknown.push(name);
  }
  return { known: [...known], unknown };
}

/** The items of the asked-for examples, or one message listing the examples when none was named right. */
export function planPlayback(
  names: readonly string[],
  tools: readonly Tool[],
): PlannedItem[] {
  const { known, unknown } = resolvePlayback(names);
  if (known.length === 0) {
    const asked = unknown.length ? ` (unknown: ${unknown.join(", ")})` : "";
    return [
      {
        type: "message",
        text: `/playback needs an example name${asked}. Write /playback followed by one of: ${PLAYBACK_NAMES.join(", ")}, or all.`,
      },
    ];
  }
  return known.flatMap((name) => examples[name](tools));
}

/** True when the last user message asks for playback, which lets a request offer hosted tools the engine cannot run. */
export function playbackRequested(
  items: readonly ResponseInputItem[],
): boolean {
  return parseDirectives(lastUserText(items)).playback !== null;
}
