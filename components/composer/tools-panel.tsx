"use client";

import { ArrowDown, ArrowUp, Plus, Trash2 } from "lucide-react";
import { lazy, Suspense, useId, useMemo } from "react";
import { Button } from "@/components/ui/button";
import { ChoiceMenu } from "@/components/ui/choice-menu";
import type { DraftProblem } from "@/lib/request/build-json";
import { buildTools } from "@/lib/request/build-tools";
import type { DraftTool } from "@/lib/request/draft";
import { TOOL_KINDS, type ToolKind } from "@/lib/request/draft-tools";
import {
  useComposerActions,
  useComposerStore,
} from "@/lib/stores/composer-store";
import { FieldProblem } from "./field-problem";
import { Section } from "./section";
import { ToolChoiceFields } from "./tool-choice-fields";
import { useToolNote } from "./use-support-note";

// Each tool type's settings form loads with the first tool added, not with the page.
const ToolForm = lazy(() =>
  import("./tool-form").then((module) => ({ default: module.ToolForm })),
);

const kindLabel = new Map<ToolKind, string>(
  TOOL_KINDS.map((kind) => [kind.type, kind.label]),
);

/** How a tool is named in its card's title and button labels: its kind, and its name where it has one. */
function toolTitle(tool: DraftTool, index: number): string {
  const kind = kindLabel.get(tool.type) ?? tool.type;
  const name =
    tool.type === "function" || tool.type === "custom"
      ? tool.name
      : tool.type === "mcp"
        ? tool.serverLabel
        : "";
  return `${kind} ${name.trim() === "" ? index + 1 : name}`;
}

function ToolCard({
  tool,
  index,
  count,
  problems,
  note,
}: {
  tool: DraftTool;
  index: number;
  count: number;
  problems: DraftProblem[];
  /** Why the upstream will refuse this tool, if it will. */
  note: string | undefined;
}) {
  const { removeTool, moveTool } = useComposerActions();
  const title = toolTitle(tool, index);
  const noteId = useId();
  return (
    <fieldset
      className="flex min-w-0 flex-col gap-2 rounded-md border border-zinc-800 bg-zinc-900/40 p-2"
      aria-describedby={note ? noteId : undefined}
    >
      <legend className="sr-only">{title}</legend>
      <div className="flex items-center gap-1">
        <span className="min-w-0 flex-1 truncate text-xs font-medium text-zinc-300">
          {kindLabel.get(tool.type)}
          <span className="ml-1 font-mono text-zinc-500">{tool.type}</span>
        </span>
        <Button
          variant="ghost"
          size="icon"
          aria-label={`Move ${title} up`}
          disabled={index === 0}
          onClick={() => moveTool(tool.id, -1)}
        >
          <ArrowUp />
        </Button>
        <Button
          variant="ghost"
          size="icon"
          aria-label={`Move ${title} down`}
          disabled={index === count - 1}
          onClick={() => moveTool(tool.id, 1)}
        >
          <ArrowDown />
        </Button>
        <Button
          variant="ghost"
          size="icon"
          aria-label={`Remove ${title}`}
          onClick={() => removeTool(tool.id)}
        >
          <Trash2 />
        </Button>
      </div>
      {note ? (
        <p id={noteId} className="text-[11px] text-amber-300/90">
          ⚠ {note}
        </p>
      ) : null}
      <Suspense
        fallback={<p className="text-xs text-zinc-500">Loading settings…</p>}
      >
        <ToolForm tool={tool} />
      </Suspense>
      {problems.map((problem) => (
        <FieldProblem key={problem.field + problem.message}>
          {problem.message}
        </FieldProblem>
      ))}
    </fieldset>
  );
}

/** A button "Add tool" opening a menu of every tool type of the SDK's union. */
function AddToolMenu() {
  const { addTool } = useComposerActions();
  return (
    <ChoiceMenu
      align="end"
      label={
        <>
          <Plus /> Add tool
        </>
      }
      choices={TOOL_KINDS.map((kind) => ({
        label: kind.label,
        onSelect: () => void addTool(kind.type),
      }))}
    />
  );
}

/** Every tool of the request: add, configure, reorder and remove them; then how the model may use them. */
export function ToolsPanel() {
  const tools = useComposerStore((state) => state.draft.tools);
  const problems = useMemo(() => buildTools(tools).problems, [tools]);
  const toolNote = useToolNote();
  return (
    <Section
      title="Tools"
      badge={tools.length > 0 ? String(tools.length) : undefined}
      actions={<AddToolMenu />}
    >
      {tools.map((tool, index) => (
        <ToolCard
          key={tool.id}
          tool={tool}
          index={index}
          count={tools.length}
          note={toolNote(tool)}
          problems={problems.filter(
            (problem) =>
              problem.field === `tools[${index}]` ||
              problem.field.startsWith(`tools[${index}].`),
          )}
        />
      ))}
      {tools.length === 0 ? (
        <p className="text-xs text-zinc-500">
          No tools. Add a function, or a hosted tool the upstream runs.
        </p>
      ) : null}
      <ToolChoiceFields />
    </Section>
  );
}
