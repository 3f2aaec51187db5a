"use client";

import type { ReactNode } from "react";
import type { DraftTool } from "@/lib/request/draft";
import {
  CodeInterpreterToolForm,
  CustomToolForm,
  FileSearchToolForm,
  FunctionToolForm,
  WebSearchToolForm,
} from "./tool-forms";
import {
  ComputerToolForm,
  ImageGenerationToolForm,
  McpToolForm,
  ShellToolForm,
} from "./tool-forms-hosted";

/** The settings form of one tool row, by its type. */
export function ToolForm({ tool }: { tool: DraftTool }): ReactNode {
  switch (tool.type) {
    case "function":
      return <FunctionToolForm tool={tool} />;
    case "custom":
      return <CustomToolForm tool={tool} />;
    case "web_search":
      return <WebSearchToolForm tool={tool} />;
    case "file_search":
      return <FileSearchToolForm tool={tool} />;
    case "code_interpreter":
      return <CodeInterpreterToolForm tool={tool} />;
    case "computer_use_preview":
      return <ComputerToolForm tool={tool} />;
    case "mcp":
      return <McpToolForm tool={tool} />;
    case "image_generation":
      return <ImageGenerationToolForm tool={tool} />;
    case "shell":
      return <ShellToolForm tool={tool} />;
    case "local_shell":
    case "apply_patch":
      return (
        <p className="text-xs text-zinc-500">
          No settings: the model asks your code to run the call, and you answer
          with its output.
        </p>
      );
  }
}
