"use client";

import type { DraftToolOf } from "@/lib/request/draft-tools";
import {
  CONTEXT_SIZES,
  MEMORY_LIMITS,
  RANKERS,
} from "@/lib/request/draft-tools";
import { useComposerActions } from "@/lib/stores/composer-store";
import {
  NumberField,
  OptionalSelectField,
  SelectField,
  TextAreaField,
  TextField,
  ToggleField,
} from "./fields";

export function FunctionToolForm({ tool }: { tool: DraftToolOf<"function"> }) {
  const { updateTool } = useComposerActions();
  return (
    <>
      <TextField
        label="Function name"
        mono
        value={tool.name}
        onChange={(name) => updateTool(tool, { name })}
      />
      <TextField
        label="Description"
        value={tool.description}
        onChange={(description) => updateTool(tool, { description })}
      />
      <TextAreaField
        label="Parameters (JSON schema)"
        rows={5}
        value={tool.parametersJson}
        onChange={(parametersJson) => updateTool(tool, { parametersJson })}
      />
      <ToggleField
        label="Strict"
        checked={tool.strict}
        onChange={(strict) => updateTool(tool, { strict })}
      />
    </>
  );
}

export function CustomToolForm({ tool }: { tool: DraftToolOf<"custom"> }) {
  const { updateTool } = useComposerActions();
  return (
    <>
      <TextField
        label="Tool name"
        mono
        value={tool.name}
        onChange={(name) => updateTool(tool, { name })}
      />
      <TextField
        label="Description"
        value={tool.description}
        onChange={(description) => updateTool(tool, { description })}
      />
      <div className="grid grid-cols-2 gap-2">
        <SelectField
          label="Input format"
          value={tool.format}
          options={[
            { value: "text", label: "free text" },
            { value: "grammar", label: "grammar" },
          ]}
          onChange={(format) => updateTool(tool, { format })}
        />
        {tool.format === "grammar" ? (
          <SelectField
            label="Syntax"
            value={tool.syntax}
            options={[
              { value: "lark", label: "lark" },
              { value: "regex", label: "regex" },
            ]}
            onChange={(syntax) => updateTool(tool, { syntax })}
          />
        ) : null}
      </div>
      {tool.format === "grammar" ? (
        <TextAreaField
          label="Grammar"
          rows={4}
          placeholder={
            tool.syntax === "regex"
              ? "^\\d{4}-\\d{2}-\\d{2}$"
              : 'start: "yes" | "no"'
          }
          value={tool.definition}
          onChange={(definition) => updateTool(tool, { definition })}
        />
      ) : null}
    </>
  );
}

export function WebSearchToolForm({
  tool,
}: {
  tool: DraftToolOf<"web_search">;
}) {
  const { updateTool } = useComposerActions();
  const setLocation = (patch: Partial<typeof tool.location>) =>
    updateTool(tool, { location: { ...tool.location, ...patch } });
  return (
    <>
      <div className="grid grid-cols-2 gap-2">
        <SelectField
          label="Tool type"
          value={tool.variant}
          options={[
            { value: "web_search", label: "web_search" },
            { value: "web_search_preview", label: "web_search_preview" },
          ]}
          onChange={(variant) => updateTool(tool, { variant })}
        />
        <OptionalSelectField
          label="Context size"
          value={tool.contextSize}
          values={CONTEXT_SIZES}
          onChange={(contextSize) => updateTool(tool, { contextSize })}
        />
      </div>
      <div className="grid grid-cols-2 gap-2">
        <TextField
          label="City"
          value={tool.location.city}
          onChange={(city) => setLocation({ city })}
        />
        <TextField
          label="Region"
          value={tool.location.region}
          onChange={(region) => setLocation({ region })}
        />
        <TextField
          label="Country"
          placeholder="US"
          value={tool.location.country}
          onChange={(country) => setLocation({ country })}
        />
        <TextField
          label="Timezone"
          placeholder="America/Chicago"
          value={tool.location.timezone}
          onChange={(timezone) => setLocation({ timezone })}
        />
      </div>
      {tool.variant === "web_search" ? (
        <TextAreaField
          label="Allowed domains"
          hint="one per line"
          rows={2}
          placeholder="openai.com"
          value={tool.allowedDomains}
          onChange={(allowedDomains) => updateTool(tool, { allowedDomains })}
        />
      ) : null}
    </>
  );
}

export function FileSearchToolForm({
  tool,
}: {
  tool: DraftToolOf<"file_search">;
}) {
  const { updateTool } = useComposerActions();
  return (
    <>
      <TextAreaField
        label="Vector store ids"
        hint="one per line"
        rows={2}
        placeholder="vs_..."
        value={tool.vectorStoreIds}
        onChange={(vectorStoreIds) => updateTool(tool, { vectorStoreIds })}
      />
      <div className="grid grid-cols-2 gap-2">
        <NumberField
          label="Max results"
          min={1}
          max={50}
          step={1}
          value={tool.maxResults}
          onChange={(maxResults) => updateTool(tool, { maxResults })}
        />
        <NumberField
          label="Score threshold"
          min={0}
          max={1}
          step={0.05}
          value={tool.scoreThreshold}
          onChange={(scoreThreshold) => updateTool(tool, { scoreThreshold })}
        />
      </div>
      <OptionalSelectField
        label="Ranker"
        value={tool.ranker}
        values={RANKERS}
        onChange={(ranker) => updateTool(tool, { ranker })}
      />
      <TextAreaField
        label="Filters (JSON)"
        rows={3}
        placeholder='{"type": "eq", "key": "lang", "value": "en"}'
        value={tool.filtersJson}
        onChange={(filtersJson) => updateTool(tool, { filtersJson })}
      />
    </>
  );
}

export function CodeInterpreterToolForm({
  tool,
}: {
  tool: DraftToolOf<"code_interpreter">;
}) {
  const { updateTool } = useComposerActions();
  return (
    <>
      <SelectField
        label="Container"
        value={tool.container}
        options={[
          { value: "auto", label: "auto (new container)" },
          { value: "id", label: "existing container id" },
        ]}
        onChange={(container) => updateTool(tool, { container })}
      />
      {tool.container === "id" ? (
        <TextField
          label="Container id"
          mono
          placeholder="cntr_..."
          value={tool.containerId}
          onChange={(containerId) => updateTool(tool, { containerId })}
        />
      ) : (
        <>
          <TextAreaField
            label="File ids"
            hint="one per line"
            rows={2}
            placeholder="file-..."
            value={tool.fileIds}
            onChange={(fileIds) => updateTool(tool, { fileIds })}
          />
          <OptionalSelectField
            label="Memory limit"
            value={tool.memoryLimit}
            values={MEMORY_LIMITS}
            onChange={(memoryLimit) => updateTool(tool, { memoryLimit })}
          />
        </>
      )}
    </>
  );
}
