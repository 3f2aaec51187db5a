import type {
  ResponseCodeInterpreterToolCall,
  ResponseOutputItem,
  Tool,
} from "openai/resources/responses/responses";
import { newId } from "../../ids";
import { statusStep, textSteps, type ScriptStep } from "../scripted-item";
import type { PlannedItem } from "../types";
import { citedMessage, playbackLabel } from "./label";
import { encodePng, type Rgb } from "./png";

const CODE = `# ${playbackLabel("code_interpreter")}
squares = [n * n for n in range(1, 6)]
print("squares:", squares)
with open("/mnt/data/squares.csv", "w") as f:
    f.write("\\n".join(map(str, squares)))
`;

/** A code interpreter call: code streamed in, interpreted, with logs; then a message citing the file it wrote. */
export function codeInterpreterExample(): PlannedItem[] {
  const containerId = newId("cntr");
  const added: ResponseCodeInterpreterToolCall = {
    id: newId("ci"),
    type: "code_interpreter_call",
    status: "in_progress",
    code: "",
    container_id: containerId,
    outputs: null,
  };
  const steps: ScriptStep[] = [
    statusStep("response.code_interpreter_call.in_progress", "in_progress"),
    ...textSteps("response.code_interpreter_call_code", "code", CODE),
    statusStep("response.code_interpreter_call.interpreting", "interpreting"),
    statusStep("response.code_interpreter_call.completed", "completed"),
  ];
  const done: ResponseCodeInterpreterToolCall = {
    ...added,
    status: "completed",
    code: CODE,
    outputs: [{ type: "logs", logs: "squares: [1, 4, 9, 16, 25]\n" }],
  };
  const fileId = newId("cfile");
  return [
    { type: "scripted", item: { added, steps, done } },
    citedMessage("code_interpreter", [
      "The squares of 1 to 5 are 1, 4, 9, 16 and 25, saved as ",
      {
        text: "squares.csv",
        cite: ({ start, end }) => ({
          type: "container_file_citation",
          container_id: containerId,
          file_id: fileId,
          filename: "squares.csv",
          start_index: start,
          end_index: end,
        }),
      },
      ".",
    ]),
  ];
}

const IMAGE_SIZE = 64;

/** A 64×64 picture at a given sharpness: a smooth gradient behind a checkerboard that comes into focus. */
function picture(sharpness: number): string {
  const cell = IMAGE_SIZE / 8;
  const paint = (x: number, y: number): Rgb => {
    const checker = (Math.floor(x / cell) + Math.floor(y / cell)) % 2;
    const mix = checker * sharpness * 0.6;
    const blend = (channel: number) =>
      Math.round(channel * (1 - mix) + 255 * mix);
    return [blend(40 + x * 3), blend(90 + y * 2), blend(200 - x - y)];
  };
  return encodePng(IMAGE_SIZE, IMAGE_SIZE, paint).toString("base64");
}

/** How many partial images to send: the offered image_generation tool's `partial_images`, else 2. */
function partialCount(tools: readonly Tool[]): number {
  const tool = tools.find((t) => t.type === "image_generation");
  const wanted = tool?.type === "image_generation" ? tool.partial_images : null;
  return typeof wanted === "number" ? Math.min(Math.max(wanted, 0), 3) : 2;
}

/** An image generation call with partial images (real PNGs, sharper each time) and the final image. */
export function imageGenerationExample(tools: readonly Tool[]): PlannedItem[] {
  const look = {
    background: "opaque",
    output_format: "png",
    quality: "low",
    size: `${IMAGE_SIZE}x${IMAGE_SIZE}`,
  } as const;
  const added: ResponseOutputItem = {
    id: newId("ig"),
    type: "image_generation_call",
    status: "in_progress",
    result: null,
  };
  const count = partialCount(tools);
  const partials = Array.from({ length: count }, (_, index) => ({
    type: "response.image_generation_call.partial_image" as const,
    fields: {
      partial_image_index: index,
      partial_image_b64: picture((index + 1) / (count + 1)),
      ...look,
    },
  }));
  const steps: ScriptStep[] = [
    statusStep("response.image_generation_call.in_progress", "in_progress"),
    statusStep("response.image_generation_call.generating", "generating"),
    ...partials,
    statusStep("response.image_generation_call.completed", "completed"),
  ];
  const done: ResponseOutputItem = {
    ...added,
    status: "completed",
    result: picture(1),
    ...look,
    revised_prompt: `${playbackLabel("image_generation")} A checkerboard over a gradient.`,
  };
  return [{ type: "scripted", item: { added, steps, done } }];
}
