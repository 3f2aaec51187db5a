import { defaultDraft, type Draft, type DraftTool } from "../draft-schema";

/** A default draft with one "Hi" user message, changed by `patch`. */
export function draftWith(patch: Partial<Draft>): Draft {
  return {
    ...defaultDraft(),
    messages: [{ id: "m", role: "user", text: "Hi" }],
    ...patch,
  };
}

export function tool(name: string, parametersJson: string): DraftTool {
  return {
    id: `t-${name}`,
    name,
    description: "",
    parametersJson,
    strict: true,
  };
}
