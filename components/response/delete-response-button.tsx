"use client";

import { Trash2 } from "lucide-react";
import { AlertDialog } from "radix-ui";
import { Button, buttonVariants } from "@/components/ui/button";

/** Delete, confirmed in an alertdialog whose confirming button is also "Delete". */
export function DeleteResponseButton({
  id,
  pending,
  onConfirm,
}: {
  id: string;
  pending: boolean;
  onConfirm: () => void;
}) {
  return (
    <AlertDialog.Root>
      <AlertDialog.Trigger asChild>
        <Button variant="secondary" size="sm" disabled={pending}>
          <Trash2 /> Delete
        </Button>
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-40 bg-black/60" />
        <AlertDialog.Content className="fixed top-1/2 left-1/2 z-50 flex w-[min(28rem,90vw)] -translate-x-1/2 -translate-y-1/2 flex-col gap-3 rounded-xl border border-zinc-700 bg-zinc-950 p-5 shadow-xl">
          <AlertDialog.Title className="text-base font-semibold text-zinc-100">
            Delete this response?
          </AlertDialog.Title>
          <AlertDialog.Description className="text-sm text-zinc-400">
            <span className="font-mono text-zinc-200">{id}</span> will be
            deleted from the upstream for good. Responses that continue from it
            can no longer be continued.
          </AlertDialog.Description>
          <div className="flex justify-end gap-2">
            <AlertDialog.Cancel className={buttonVariants({ size: "sm" })}>
              Keep it
            </AlertDialog.Cancel>
            <AlertDialog.Action
              className={buttonVariants({ variant: "danger", size: "sm" })}
              onClick={onConfirm}
            >
              Delete
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
