import type {
  ResponseFileSearchToolCall,
  ResponseFunctionWebSearch,
} from "openai/resources/responses/responses";
import { newId } from "../../ids";
import { statusStep } from "../scripted-item";
import type { PlannedItem } from "../types";
import { citedMessage } from "./label";

const QUERY = "Responses API streaming events";

const SOURCES = [
  {
    url: "https://example.com/playback/responses-streaming",
    title: "Streaming responses (playback source)",
  },
  {
    url: "https://example.org/playback/event-types",
    title: "Every event type (playback source)",
  },
];

/** A web search call (search action with queries and sources), then a message citing both sources. */
export function webSearchExample(): PlannedItem[] {
  const added: ResponseFunctionWebSearch = {
    id: newId("ws"),
    type: "web_search_call",
    status: "in_progress",
    action: { type: "search", query: QUERY },
  };
  const done: ResponseFunctionWebSearch = {
    ...added,
    status: "completed",
    action: {
      type: "search",
      query: QUERY,
      queries: [QUERY, "Responses API event order"],
      sources: SOURCES.map(({ url }) => ({ type: "url", url })),
    },
  };
  const steps = [
    statusStep("response.web_search_call.in_progress", "in_progress"),
    statusStep("response.web_search_call.searching", "searching"),
    statusStep("response.web_search_call.completed", "completed"),
  ];
  const citations = SOURCES.map((source) => ({
    text: source.title,
    cite: ({ start, end }: { start: number; end: number }) => ({
      type: "url_citation" as const,
      url: source.url,
      title: source.title,
      start_index: start,
      end_index: end,
    }),
  }));
  return [
    { type: "scripted", item: { added, steps, done } },
    citedMessage("web_search", [
      "A stream starts with response.created, and every event carries a sequence number (",
      ...interleave(citations, "; "),
      ").",
    ]),
  ];
}

const FILES = [
  {
    file_id: "file-playback-protocol",
    filename: "protocol.md",
    score: 0.92,
    text: "Every lifecycle event carries the whole Response.",
  },
  {
    file_id: "file-playback-design",
    filename: "design.md",
    score: 0.71,
    text: "The raw event log is the source of truth of a run.",
  },
];

/** A file search call with queries and scored results, then a message with a file citation per result. */
export function fileSearchExample(): PlannedItem[] {
  const queries = ["lifecycle events", "source of truth"];
  const added: ResponseFileSearchToolCall = {
    id: newId("fs"),
    type: "file_search_call",
    status: "in_progress",
    queries,
    results: null,
  };
  const done: ResponseFileSearchToolCall = {
    ...added,
    status: "completed",
    results: FILES.map((file) => ({ ...file, attributes: {} })),
  };
  const steps = [
    statusStep("response.file_search_call.in_progress", "in_progress"),
    statusStep("response.file_search_call.searching", "searching"),
    statusStep("response.file_search_call.completed", "completed"),
  ];
  const citations = FILES.map((file) => ({
    text: `${file.text} `,
    cite: ({ end }: { start: number; end: number }) => ({
      type: "file_citation" as const,
      file_id: file.file_id,
      filename: file.filename,
      index: end,
    }),
  }));
  return [
    { type: "scripted", item: { added, steps, done } },
    citedMessage("file_search", ["From the files: ", ...citations]),
  ];
}

/** Puts `separator` between the elements of a list. */
function interleave<T>(list: readonly T[], separator: string): (T | string)[] {
  return list.flatMap((element, index) =>
    index === 0 ? [element] : [separator, element],
  );
}
