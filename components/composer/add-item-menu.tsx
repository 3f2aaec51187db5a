"use client";

import { Plus } from "lucide-react";
import { ChoiceMenu } from "@/components/ui/choice-menu";
import { useComposerActions } from "@/lib/stores/composer-store";
import { JSON_ITEM_EXAMPLE } from "./json-item-fields";

/** A button "Add item": another message, or any input item written as JSON. */
export function AddItemMenu() {
  const { addMessage, addItem } = useComposerActions();
  return (
    <ChoiceMenu
      align="start"
      label={
        <>
          <Plus /> Add item
        </>
      }
      choices={[
        { label: "Message", onSelect: () => addMessage("user") },
        { label: "JSON item", onSelect: () => addItem(JSON_ITEM_EXAMPLE) },
      ]}
    />
  );
}
