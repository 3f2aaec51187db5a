"use client";

import { DropdownMenu } from "radix-ui";
import { Button } from "./button";
import type { ChoiceMenuProps } from "./choice-menu";

/** The menu itself (Radix), loaded on first use; it opens at once because its button was just pressed. */
export function ChoiceMenuContent({ label, choices, align }: ChoiceMenuProps) {
  return (
    <DropdownMenu.Root defaultOpen>
      <DropdownMenu.Trigger asChild>
        <Button variant="ghost" size="sm">
          {label}
        </Button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align={align}
          sideOffset={4}
          className="z-50 min-w-44 rounded-md border border-zinc-700 bg-zinc-900 p-1 shadow-lg"
        >
          {choices.map((choice) => (
            <DropdownMenu.Item
              key={choice.label}
              onSelect={choice.onSelect}
              className="flex cursor-default items-center rounded px-2 py-1 text-sm text-zinc-200 outline-none data-[highlighted]:bg-zinc-800"
            >
              {choice.label}
            </DropdownMenu.Item>
          ))}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
