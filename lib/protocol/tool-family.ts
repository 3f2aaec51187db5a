/**
 * The kind of hosted tool a type names, so a `tool_choice` of `web_search_preview` finds a `web_search` tool and
 * `computer_use_preview` a `computer` one: the API has renamed both over time.
 */
export function toolFamily(type: string): string {
  if (type.startsWith("web_search")) return "web_search";
  if (type.startsWith("computer")) return "computer";
  return type;
}
