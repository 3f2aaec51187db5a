"use client";

import { Plus, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input, Textarea } from "@/components/ui/form-controls";
import type { DraftTool, DraftToolChoice } from "@/lib/request/draft-schema";
import {
  useComposerActions,
  useComposerStore,
} from "@/lib/stores/composer-store";
import { Field, Section, SelectField, ToggleField } from "./fields";

function ToolEditor({ tool, index }: { tool: DraftTool; index: number }) {
  const { updateTool, removeTool } = useComposerActions();
  const name = tool.name || `tool ${index + 1}`;
  return (
    <fieldset className="flex flex-col gap-2 rounded-md border border-zinc-800 bg-zinc-900/40 p-2">
      <legend className="sr-only">Function {name}</legend>
      <div className="flex items-end gap-2">
        <div className="flex-1">
          <Field label="Function name">
            {(id) => (
              <Input
                id={id}
                className="font-mono"
                value={tool.name}
                onChange={(e) => updateTool(tool.id, { name: e.target.value })}
              />
            )}
          </Field>
        </div>
        <Button
          variant="ghost"
          size="icon"
          aria-label={`Remove function ${name}`}
          onClick={() => removeTool(tool.id)}
        >
          <Trash2 />
        </Button>
      </div>
      <Field label="Description">
        {(id) => (
          <Input
            id={id}
            value={tool.description}
            onChange={(e) =>
              updateTool(tool.id, { description: e.target.value })
            }
          />
        )}
      </Field>
      <Field label="Parameters (JSON schema)">
        {(id) => (
          <Textarea
            id={id}
            rows={5}
            spellCheck={false}
            value={tool.parametersJson}
            onChange={(e) =>
              updateTool(tool.id, { parametersJson: e.target.value })
            }
          />
        )}
      </Field>
      <ToggleField
        label="Strict"
        checked={tool.strict}
        onChange={(strict) => updateTool(tool.id, { strict })}
      />
    </fieldset>
  );
}

function choiceValue(choice: DraftToolChoice): string {
  return typeof choice === "string" ? choice : `function:${choice.name}`;
}

/** Function tools, tool_choice and parallel_tool_calls. */
export function ToolsFields() {
  const tools = useComposerStore((state) => state.draft.tools);
  const toolChoice = useComposerStore((state) => state.draft.toolChoice);
  const parallel = useComposerStore((state) => state.draft.parallelToolCalls);
  const { addTool, setField } = useComposerActions();
  const choices = [
    { value: "auto", label: "auto" },
    { value: "required", label: "required" },
    { value: "none", label: "none" },
    ...tools
      .filter((t) => t.name)
      .map((t) => ({
        value: `function:${t.name}`,
        label: `function ${t.name}`,
      })),
  ];
  return (
    <Section
      title={`Tools${tools.length ? ` (${tools.length})` : ""}`}
      actions={
        <Button variant="ghost" size="sm" onClick={addTool}>
          <Plus /> Function
        </Button>
      }
    >
      {tools.map((tool, index) => (
        <ToolEditor key={tool.id} tool={tool} index={index} />
      ))}
      {tools.length > 0 ? (
        <>
          <SelectField
            label="Tool choice"
            value={choiceValue(toolChoice)}
            options={choices}
            onChange={(value) =>
              setField(
                "toolChoice",
                value.startsWith("function:")
                  ? { type: "function", name: value.slice("function:".length) }
                  : (value as "auto" | "required" | "none"),
              )
            }
          />
          <ToggleField
            label="Parallel tool calls"
            checked={parallel ?? true}
            onChange={(value) =>
              setField("parallelToolCalls", value ? null : false)
            }
          />
        </>
      ) : (
        <p className="text-xs text-zinc-500">
          No tools. Add a function the model can call.
        </p>
      )}
    </Section>
  );
}
