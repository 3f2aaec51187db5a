"use client";

import { X } from "lucide-react";
import { Dialog } from "radix-ui";
import type { ReactNode } from "react";
import { Button } from "./button";

/**
 * A modal dialog's panel: overlay, title, description and a Close button. Radix keeps focus inside,
 * closes on Escape and names the dialog by its title.
 */
export function DialogPanel({
  title,
  description,
  children,
}: {
  title: string;
  description: ReactNode;
  children: ReactNode;
}) {
  return (
    <Dialog.Portal>
      <Dialog.Overlay className="fixed inset-0 z-40 bg-black/60" />
      <Dialog.Content className="fixed top-1/2 left-1/2 z-50 flex w-[min(36rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 flex-col gap-3 rounded-lg border border-zinc-800 bg-zinc-950 p-4 shadow-xl">
        <div className="flex items-start justify-between gap-4">
          <Dialog.Title className="text-sm font-semibold text-zinc-100">
            {title}
          </Dialog.Title>
          <Dialog.Close asChild>
            <Button variant="ghost" size="icon" aria-label="Close">
              <X />
            </Button>
          </Dialog.Close>
        </div>
        <Dialog.Description className="text-xs leading-5 text-zinc-400">
          {description}
        </Dialog.Description>
        {children}
      </Dialog.Content>
    </Dialog.Portal>
  );
}
