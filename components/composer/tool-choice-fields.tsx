"use client";

import { useMemo } from "react";
import { Checkbox } from "@/components/ui/form-controls";
import { buildTools, toolKey } from "@/lib/request/build-tools";
import { HOSTED_TOOL_CHOICES, type DraftToolChoice } from "@/lib/request/draft";
import {
  useComposerActions,
  useComposerStore,
} from "@/lib/stores/composer-store";
import { NumberField, SelectField, TextField, ToggleField } from "./fields";

const ALLOWED = "allowed_tools";

/** The select's value for a choice: the option string, e.g. `function:get_weather`, `hosted:file_search`. */
function choiceValue(choice: DraftToolChoice): string {
  if (typeof choice === "string") return choice;
  switch (choice.type) {
    case "function":
    case "custom":
      return `${choice.type}:${choice.name}`;
    case "mcp":
      return `mcp:${choice.serverLabel}`;
    case "hosted":
      return `hosted:${choice.tool}`;
    case "allowed_tools":
      return ALLOWED;
  }
}

function choiceOf(value: string, allKeys: string[]): DraftToolChoice {
  if (value === "auto" || value === "required" || value === "none")
    return value;
  if (value === ALLOWED)
    return { type: "allowed_tools", mode: "auto", tools: allKeys };
  const [kind, ...rest] = value.split(":");
  const name = rest.join(":");
  if (kind === "function" || kind === "custom") return { type: kind, name };
  if (kind === "mcp") return { type: "mcp", serverLabel: name, name: "" };
  const hosted = HOSTED_TOOL_CHOICES.find((tool) => tool === name);
  return hosted ? { type: "hosted", tool: hosted } : "auto";
}

/** `tool_choice` in every form the API takes, `parallel_tool_calls` and `max_tool_calls`. */
export function ToolChoiceFields() {
  const tools = useComposerStore((state) => state.draft.tools);
  const choice = useComposerStore((state) => state.draft.toolChoice);
  const parallel = useComposerStore((state) => state.draft.parallelToolCalls);
  const maxToolCalls = useComposerStore((state) => state.draft.maxToolCalls);
  const { setField } = useComposerActions();
  const keys = useMemo(() => buildTools(tools).value.map(toolKey), [tools]);
  const current = choiceValue(choice);
  const named = keys.filter((key) => key.includes(":"));
  const options = [
    { value: "auto", label: "auto" },
    { value: "required", label: "required" },
    { value: "none", label: "none" },
    ...named.map((key) => ({ value: key, label: key.replace(":", " ") })),
    ...HOSTED_TOOL_CHOICES.map((tool) => ({
      value: `hosted:${tool}`,
      label: `hosted ${tool}`,
    })),
    { value: ALLOWED, label: "allowed tools…" },
  ];
  // A choice naming a tool that was removed stays visible, so the problem it causes can be seen.
  if (!options.some((option) => option.value === current))
    options.push({ value: current, label: `${current} (not sent)` });
  return (
    <>
      <SelectField
        label="Tool choice"
        value={current}
        options={options}
        onChange={(value) => setField("toolChoice", choiceOf(value, keys))}
      />
      {typeof choice === "object" && choice.type === "mcp" ? (
        <TextField
          label="MCP tool name"
          hint="optional"
          mono
          value={choice.name}
          onChange={(name) => setField("toolChoice", { ...choice, name })}
        />
      ) : null}
      {typeof choice === "object" && choice.type === "allowed_tools" ? (
        <fieldset className="flex flex-col gap-1.5 rounded-md border border-zinc-800 p-2">
          <legend className="px-1 text-xs text-zinc-400">Allowed tools</legend>
          <SelectField
            label="Mode"
            value={choice.mode}
            options={[
              { value: "auto", label: "auto" },
              { value: "required", label: "required" },
            ]}
            onChange={(mode) => setField("toolChoice", { ...choice, mode })}
          />
          {keys.map((key) => (
            <label
              key={key}
              className="flex items-center gap-2 font-mono text-xs text-zinc-300"
            >
              <Checkbox
                checked={choice.tools.includes(key)}
                onChange={(event) =>
                  setField("toolChoice", {
                    ...choice,
                    tools: event.target.checked
                      ? [...choice.tools, key]
                      : choice.tools.filter((tool) => tool !== key),
                  })
                }
              />
              {key}
            </label>
          ))}
        </fieldset>
      ) : null}
      <div className="grid grid-cols-2 items-end gap-2">
        <NumberField
          label="Max tool calls"
          min={1}
          step={1}
          placeholder="no limit"
          value={maxToolCalls}
          onChange={(value) => setField("maxToolCalls", value)}
        />
        <ToggleField
          label="Parallel tool calls"
          checked={parallel ?? true}
          onChange={(value) =>
            setField("parallelToolCalls", value ? null : false)
          }
        />
      </div>
    </>
  );
}
