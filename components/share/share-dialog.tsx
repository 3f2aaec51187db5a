"use client";

import { Check, Copy, Share2 } from "lucide-react";
import { Dialog } from "radix-ui";
import { useEffect, useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { DialogPanel } from "@/components/ui/dialog";
import { Label, Textarea } from "@/components/ui/form-controls";
import { formatBytes } from "@/lib/format-bytes";
import {
  encodePermalink,
  isLongLink,
  permalinkUrl,
  SHARE_LINK_WARN_BYTES,
  type OmittedAttachment,
} from "@/lib/request/permalink";
import { shareableContinuation } from "@/lib/run/continuation";
import { useComposerStore } from "@/lib/stores/composer-store";
import { useRunStore } from "@/lib/stores/run-store";
import { OmittedList } from "./omitted-list";

interface ShareLink {
  url: string;
  omitted: OmittedAttachment[];
  /** The stored response the link's thread continues from. */
  continueFrom: string | null;
  /** Items of this thread the server does not hold, which a link cannot chain to. */
  unstoredItems: number;
}

function LinkFacts({ link }: { link: ShareLink }) {
  const long = isLongLink(link.url);
  return (
    <>
      <p className="text-xs text-zinc-400">
        Link size:{" "}
        <span className="font-mono text-zinc-200">
          {formatBytes(link.url.length)}
        </span>{" "}
        ({link.url.length.toLocaleString("en")} characters)
      </p>
      {long ? (
        <p className="rounded-md border border-amber-500/40 bg-amber-500/10 px-2 py-1.5 text-xs text-amber-200">
          This link is over {SHARE_LINK_WARN_BYTES / 1024} KB: some chat apps,
          mail clients and servers cut long links off. Shorten the messages or
          tools if it does not open.
        </p>
      ) : null}
      {link.continueFrom ? (
        <p className="text-xs text-zinc-400">
          The thread comes along: the link continues from{" "}
          <span className="font-mono break-all text-zinc-200">
            {link.continueFrom}
          </span>
          , so it opens with that response&apos;s stored turns wherever its
          upstream holds it.
        </p>
      ) : null}
      {link.unstoredItems > 0 ? (
        <p className="rounded-md border border-amber-500/40 bg-amber-500/10 px-2 py-1.5 text-xs text-amber-200">
          The thread does not come along: {link.unstoredItems} of its items were
          sent with Store off, so only this tab has them. The link opens the
          composer on a new thread.
        </p>
      ) : null}
      {link.omitted.length > 0 ? (
        <OmittedList
          omitted={link.omitted}
          intro="Too large for a link, so left out (attach them again after opening it):"
        />
      ) : null}
    </>
  );
}

/** Makes the link of the composer as it is now, chained to the stored response its thread continues from. */
async function shareLink(): Promise<ShareLink> {
  const base = `${window.location.origin}${window.location.pathname}`;
  const { turns, origin } = useRunStore.getState();
  const { continueFrom, unstoredItems } = shareableContinuation(turns, origin);
  const { fragment, omitted } = await encodePermalink(
    useComposerStore.getState().draft,
    continueFrom,
  );
  return {
    url: permalinkUrl(base, fragment),
    omitted,
    continueFrom,
    unstoredItems,
  };
}

/**
 * "Share": a dialog with a link that reopens the composer as it is now, in any browser. It is loaded when
 * its button is first pressed, so it starts open.
 */
export function ShareDialog() {
  const [link, setLink] = useState<ShareLink | null>(null);
  const [copy, setCopy] = useState<"copied" | "failed" | null>(null);
  const fieldId = useId();

  useEffect(() => {
    void shareLink().then(setLink);
  }, []);

  function onOpenChange(open: boolean) {
    setLink(null);
    setCopy(null);
    if (open) void shareLink().then(setLink);
  }

  async function copyLink(url: string) {
    try {
      await navigator.clipboard.writeText(url);
      setCopy("copied");
    } catch {
      setCopy("failed");
    }
  }

  return (
    <Dialog.Root defaultOpen onOpenChange={onOpenChange}>
      <Dialog.Trigger asChild>
        <Button variant="ghost" size="sm">
          <Share2 /> Share
        </Button>
      </Dialog.Trigger>
      <DialogPanel
        title="Share this request"
        description="The link reopens the composer as it is now — upstream, model, instructions, messages, tools and every parameter, and the stored response its thread continues from — in any browser, without sending anything. It lives after the #, so it never reaches a server; API keys are never part of it."
      >
        <div className="flex flex-col gap-1">
          <Label htmlFor={fieldId}>Share link</Label>
          <Textarea
            id={fieldId}
            readOnly
            rows={4}
            className="break-all"
            value={link?.url ?? ""}
            placeholder="Making the link…"
            onFocus={(event) => event.target.select()}
          />
        </div>
        <div className="flex items-center gap-3">
          <Button
            variant="primary"
            disabled={!link}
            onClick={() => link && void copyLink(link.url)}
          >
            {copy === "copied" ? <Check /> : <Copy />} Copy
          </Button>
          <span role="status" className="text-xs text-zinc-400">
            {copy === "copied"
              ? "Copied to the clipboard."
              : copy === "failed"
                ? "Could not copy: select the link and copy it by hand."
                : ""}
          </span>
        </div>
        {link ? <LinkFacts link={link} /> : null}
      </DialogPanel>
    </Dialog.Root>
  );
}
