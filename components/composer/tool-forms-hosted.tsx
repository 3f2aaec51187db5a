"use client";

import type { DraftToolOf } from "@/lib/request/draft-tools";
import {
  APPROVAL_POLICIES,
  COMPUTER_ENVIRONMENTS,
  IMAGE_BACKGROUNDS,
  IMAGE_FORMATS,
  IMAGE_QUALITIES,
  MCP_CONNECTORS,
  SHELL_ENVIRONMENTS,
} from "@/lib/request/draft-tools";
import { useComposerActions } from "@/lib/stores/composer-store";
import {
  NumberField,
  OptionalSelectField,
  SelectField,
  TextAreaField,
  TextField,
} from "./fields";

const choices = <T extends string>(values: readonly T[]) =>
  values.map((value) => ({ value, label: value }));

export function ComputerToolForm({
  tool,
}: {
  tool: DraftToolOf<"computer_use_preview">;
}) {
  const { updateTool } = useComposerActions();
  return (
    <>
      <div className="grid grid-cols-2 gap-2">
        <NumberField
          label="Display width"
          min={1}
          step={1}
          value={tool.displayWidth}
          onChange={(v) => updateTool(tool, { displayWidth: v ?? 1024 })}
        />
        <NumberField
          label="Display height"
          min={1}
          step={1}
          value={tool.displayHeight}
          onChange={(v) => updateTool(tool, { displayHeight: v ?? 768 })}
        />
      </div>
      <SelectField
        label="Environment"
        value={tool.environment}
        options={choices(COMPUTER_ENVIRONMENTS)}
        onChange={(environment) => updateTool(tool, { environment })}
      />
    </>
  );
}

export function McpToolForm({ tool }: { tool: DraftToolOf<"mcp"> }) {
  const { updateTool } = useComposerActions();
  return (
    <>
      <TextField
        label="Server label"
        mono
        placeholder="deepwiki"
        value={tool.serverLabel}
        onChange={(serverLabel) => updateTool(tool, { serverLabel })}
      />
      <SelectField
        label="Connection"
        value={tool.connection}
        options={[
          { value: "url", label: "server URL" },
          { value: "connector", label: "connector" },
        ]}
        onChange={(connection) => updateTool(tool, { connection })}
      />
      {tool.connection === "url" ? (
        <TextField
          label="Server URL"
          mono
          placeholder="https://mcp.example.com/mcp"
          value={tool.serverUrl}
          onChange={(serverUrl) => updateTool(tool, { serverUrl })}
        />
      ) : (
        <SelectField
          label="Connector"
          value={tool.connectorId}
          options={choices(MCP_CONNECTORS)}
          onChange={(connectorId) => updateTool(tool, { connectorId })}
        />
      )}
      <TextField
        label="Server description"
        value={tool.serverDescription}
        onChange={(serverDescription) =>
          updateTool(tool, { serverDescription })
        }
      />
      <TextField
        label="Authorization"
        hint="sent to the upstream in the body"
        mono
        value={tool.authorization}
        onChange={(authorization) => updateTool(tool, { authorization })}
      />
      <TextAreaField
        label="Headers (JSON)"
        rows={2}
        placeholder='{"X-Team": "search"}'
        value={tool.headersJson}
        onChange={(headersJson) => updateTool(tool, { headersJson })}
      />
      <TextAreaField
        label="Allowed tools"
        hint="one per line; empty allows all"
        rows={2}
        value={tool.allowedTools}
        onChange={(allowedTools) => updateTool(tool, { allowedTools })}
      />
      <OptionalSelectField
        label="Require approval"
        value={tool.requireApproval}
        values={APPROVAL_POLICIES}
        onChange={(requireApproval) => updateTool(tool, { requireApproval })}
      />
    </>
  );
}

export function ImageGenerationToolForm({
  tool,
}: {
  tool: DraftToolOf<"image_generation">;
}) {
  const { updateTool } = useComposerActions();
  return (
    <>
      <div className="grid grid-cols-2 gap-2">
        <TextField
          label="Image model"
          mono
          placeholder="gpt-image-1"
          value={tool.model}
          onChange={(model) => updateTool(tool, { model })}
        />
        <TextField
          label="Size"
          mono
          placeholder="1024x1024"
          value={tool.size}
          onChange={(size) => updateTool(tool, { size })}
        />
        <OptionalSelectField
          label="Quality"
          value={tool.quality}
          values={IMAGE_QUALITIES}
          onChange={(quality) => updateTool(tool, { quality })}
        />
        <OptionalSelectField
          label="Output format"
          value={tool.outputFormat}
          values={IMAGE_FORMATS}
          onChange={(outputFormat) => updateTool(tool, { outputFormat })}
        />
        <OptionalSelectField
          label="Background"
          value={tool.background}
          values={IMAGE_BACKGROUNDS}
          onChange={(background) => updateTool(tool, { background })}
        />
        <NumberField
          label="Compression"
          min={0}
          max={100}
          step={1}
          value={tool.outputCompression}
          onChange={(outputCompression) =>
            updateTool(tool, { outputCompression })
          }
        />
      </div>
      <NumberField
        label="Partial images"
        min={0}
        max={3}
        step={1}
        value={tool.partialImages}
        onChange={(partialImages) => updateTool(tool, { partialImages })}
      />
    </>
  );
}

export function ShellToolForm({ tool }: { tool: DraftToolOf<"shell"> }) {
  const { updateTool } = useComposerActions();
  return (
    <>
      <OptionalSelectField
        label="Environment"
        value={tool.environment}
        values={SHELL_ENVIRONMENTS}
        onChange={(environment) => updateTool(tool, { environment })}
      />
      {tool.environment === "container_reference" ? (
        <TextField
          label="Container id"
          mono
          value={tool.containerId}
          onChange={(containerId) => updateTool(tool, { containerId })}
        />
      ) : null}
    </>
  );
}
