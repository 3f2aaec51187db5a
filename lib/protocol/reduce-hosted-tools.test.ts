import { describe, expect, it } from "vitest";
import { itemText } from "./item-helpers";
import { reduceEvents } from "./reduce-events";
import {
  completed,
  expectAgreesWithOracle,
  itemStream,
  type EventData,
} from "./testing/oracle";
import { created, eventsOf } from "./testing/streams";

describe("hosted tools", () => {
  it.each(["file_search_call", "web_search_call"] as const)(
    "tracks %s statuses",
    (type) => {
      const item =
        type === "file_search_call"
          ? { id: "fs_1", type, queries: ["q"], status: "in_progress" }
          : {
              id: "fs_1",
              type,
              action: { type: "search", query: "q" },
              status: "in_progress",
            };
      const on = { item_id: "fs_1", output_index: 0 };
      const phases: string[] = [];
      const middle: EventData[] = ["in_progress", "searching", "completed"].map(
        (phase) => ({ type: `response.${type}.${phase}`, ...on }),
      );
      for (let i = 1; i <= middle.length; i += 1) {
        phases.push(
          reduceEvents(
            eventsOf([
              created(),
              { type: "response.output_item.added", output_index: 0, item },
              ...middle.slice(0, i),
            ]),
          ).output[0]?.phase ?? "",
        );
      }
      expect(phases).toEqual(["in_progress", "searching", "completed"]);
      itemStream(item, middle, { status: "completed" });
    },
  );

  it("keeps image generation partial images beside the item", () => {
    const item = {
      id: "ig_1",
      type: "image_generation_call",
      result: null,
      status: "in_progress",
    };
    const on = { item_id: "ig_1", output_index: 0 };
    const { node } = itemStream(
      item,
      [
        { type: "response.image_generation_call.in_progress", ...on },
        { type: "response.image_generation_call.generating", ...on },
        {
          type: "response.image_generation_call.partial_image",
          ...on,
          partial_image_index: 0,
          partial_image_b64: "AAA",
          output_format: "png",
        },
        {
          type: "response.image_generation_call.partial_image",
          ...on,
          partial_image_index: 1,
          partial_image_b64: "BBB",
        },
        { type: "response.image_generation_call.completed", ...on },
      ],
      { result: "CCC", status: "completed" },
    );
    expect(
      node.partialImages.map((image) => [
        image.partialImageIndex,
        image.b64,
        image.outputFormat,
      ]),
    ).toEqual([
      [0, "AAA", "png"],
      [1, "BBB", null],
    ]);
    expect(node.item).toMatchObject({ result: "CCC" });
  });

  it("streams shell call commands and their output", () => {
    const call = {
      id: "sh_1",
      type: "shell_call",
      call_id: "call_sh",
      action: { commands: [], max_output_length: null, timeout_ms: null },
      environment: null,
      status: "in_progress",
    };
    const out = {
      id: "sho_1",
      type: "shell_call_output",
      call_id: "call_sh",
      max_output_length: null,
      output: [],
      status: "in_progress",
    };
    const exit = { type: "exit", exit_code: 0 };
    const on = { item_id: "sho_1", output_index: 1 };
    const events = completed([
      created(),
      { type: "response.output_item.added", output_index: 0, item: call },
      {
        type: "response.shell_call_command.added",
        output_index: 0,
        command_index: 0,
        command: "",
      },
      {
        type: "response.shell_call_command.delta",
        output_index: 0,
        command_index: 0,
        delta: "ls ",
      },
      {
        type: "response.shell_call_command.delta",
        output_index: 0,
        command_index: 0,
        delta: "-la",
      },
      {
        type: "response.shell_call_command.done",
        output_index: 0,
        command_index: 0,
        command: "ls -la",
      },
      {
        type: "response.output_item.done",
        output_index: 0,
        item: {
          ...call,
          action: { ...call.action, commands: ["ls -la"] },
          status: "completed",
        },
      },
      { type: "response.output_item.added", output_index: 1, item: out },
      {
        type: "response.shell_call_output_content.delta",
        ...on,
        command_index: 0,
        delta: { stdout: "a\n" },
      },
      {
        type: "response.shell_call_output_content.delta",
        ...on,
        command_index: 0,
        delta: { stdout: "b\n", stderr: "warn" },
      },
      {
        type: "response.shell_call_output_content.done",
        ...on,
        command_index: 0,
        output: [{ stdout: "a\nb\n", stderr: "warn", outcome: exit }],
      },
      {
        type: "response.output_item.done",
        output_index: 1,
        item: {
          ...out,
          output: [{ stdout: "a\nb\n", stderr: "warn", outcome: exit }],
          status: "completed",
        },
      },
    ]);
    const { tree } = expectAgreesWithOracle(events);
    expect(tree.violations).toEqual([]);
    const midway = reduceEvents(events.slice(0, 10));
    expect(midway.output[1]?.item).toMatchObject({
      output: [{ stdout: "a\nb\n", stderr: "warn" }],
    });
    expect(tree.output[0] && itemText(tree.output[0].item)).toBe("ls -la");
  });

  it("marks compaction in progress", () => {
    const item = { id: "cmp_1", type: "compaction", encrypted_content: "" };
    const { midway } = itemStream(
      item,
      [
        {
          type: "response.compaction.compacting",
          item_id: "cmp_1",
          output_index: 0,
        },
      ],
      { encrypted_content: "xyz" },
    );
    expect(midway?.phase).toBe("compacting");
  });
});

describe("audio", () => {
  it("collects audio chunks and the transcript at response level", () => {
    const tree = reduceEvents(
      completed([
        created(),
        { type: "response.audio.delta", delta: "AAAA" },
        { type: "response.audio.transcript.delta", delta: "Hel" },
        { type: "response.audio.delta", delta: "BBBB" },
        { type: "response.audio.transcript.delta", delta: "lo" },
        { type: "response.audio.transcript.done" },
        { type: "response.audio.done" },
      ]),
    );
    expect(tree.violations).toEqual([]);
    expect(tree.audio).toEqual({
      chunks: ["AAAA", "BBBB"],
      done: true,
      transcript: "Hello",
      transcriptDone: true,
    });
  });
});
