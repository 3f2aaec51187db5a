"use client";

import { Plus } from "lucide-react";
import { DropdownMenu } from "radix-ui";
import { Button } from "@/components/ui/button";
import { useComposerActions } from "@/lib/stores/composer-store";
import { JSON_ITEM_EXAMPLE } from "./json-item-fields";

const itemClass =
  "flex cursor-default items-center rounded px-2 py-1 text-sm text-zinc-200 outline-none data-[highlighted]:bg-zinc-800";

/** A button "Add item": another message, or any input item written as JSON. */
export function AddItemMenu() {
  const { addMessage, addItem } = useComposerActions();
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger asChild>
        <Button variant="ghost" size="sm">
          <Plus /> Add item
        </Button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="start"
          sideOffset={4}
          className="z-50 min-w-40 rounded-md border border-zinc-700 bg-zinc-900 p-1 shadow-lg"
        >
          <DropdownMenu.Item
            className={itemClass}
            onSelect={() => addMessage("user")}
          >
            Message
          </DropdownMenu.Item>
          <DropdownMenu.Item
            className={itemClass}
            onSelect={() => addItem(JSON_ITEM_EXAMPLE)}
          >
            JSON item
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
