"use client";

import { Trash2 } from "lucide-react";
import { useId } from "react";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/form-controls";
import type { DraftJsonItem } from "@/lib/request/draft";
import { checkJsonItem } from "@/lib/request/json-item";
import { useComposerActions } from "@/lib/stores/composer-store";

function JsonItemEditor({ item }: { item: DraftJsonItem }) {
  const { updateItem, removeItem } = useComposerActions();
  const id = useId();
  const checked = checkJsonItem(item.json);
  return (
    <div className="flex items-start gap-2">
      <div className="flex flex-1 flex-col gap-1">
        <Textarea
          aria-label="JSON item"
          aria-invalid={checked.ok ? undefined : true}
          aria-describedby={checked.ok ? undefined : `${id}-problems`}
          rows={4}
          spellCheck={false}
          value={item.json}
          onChange={(event) => updateItem(item.id, event.target.value)}
        />
        {checked.ok ? null : (
          <ul id={`${id}-problems`} className="text-xs text-amber-300">
            {checked.problems.map((problem) => (
              <li key={problem.field + problem.message}>
                {problem.field === "" ? null : (
                  <span className="font-mono">{problem.field}: </span>
                )}
                {problem.message}
              </li>
            ))}
          </ul>
        )}
      </div>
      <Button
        variant="ghost"
        size="icon"
        aria-label="Remove JSON item"
        onClick={() => removeItem(item.id)}
      >
        <Trash2 />
      </Button>
    </div>
  );
}

/** The JSON items' editors, each checked against the SDK's shapes as it is typed. */
export function JsonItemList({ items }: { items: readonly DraftJsonItem[] }) {
  return (
    <fieldset className="flex flex-col gap-2 rounded-md border border-sky-500/30 bg-sky-500/5 p-2">
      <legend className="px-1 text-xs text-sky-300">
        JSON input items, sent before the messages
      </legend>
      {items.map((item) => (
        <JsonItemEditor key={item.id} item={item} />
      ))}
    </fieldset>
  );
}
