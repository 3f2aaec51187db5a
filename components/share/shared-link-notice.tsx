"use client";

import { Link2, TriangleAlert, X } from "lucide-react";
import { useEffect } from "react";
import { Button } from "@/components/ui/button";
import {
  useSharedLinkActions,
  useSharedLinkStore,
} from "@/lib/stores/shared-link-store";
import { OmittedList } from "./omitted-list";

/** Opens the permalink in the URL fragment, then clears the fragment so a reload does not apply it again. */
function useSharedLinkFromLocation() {
  const { openLink } = useSharedLinkActions();
  useEffect(() => {
    const open = () => {
      const { hash, pathname, search } = window.location;
      if (hash.length <= 1) return;
      window.history.replaceState(null, "", pathname + search);
      void openLink(hash);
    };
    open();
    // Pasting a link into the address bar of an open playground changes only the fragment.
    window.addEventListener("hashchange", open);
    return () => window.removeEventListener("hashchange", open);
  }, [openLink]);
}

/** Says the composer was loaded from a shared link (or why a link could not be opened). */
export function SharedLinkNotice() {
  useSharedLinkFromLocation();
  const notice = useSharedLinkStore((state) => state.notice);
  const { restoreOwnDraft, dismiss } = useSharedLinkActions();
  if (!notice) return null;
  const dismissButton = (
    <Button variant="ghost" size="icon" aria-label="Dismiss" onClick={dismiss}>
      <X />
    </Button>
  );
  if (notice.kind === "error")
    return (
      <div
        role="alert"
        className="flex items-start gap-2 border-b border-rose-500/40 bg-rose-500/10 px-3 py-2 text-sm text-rose-200"
      >
        <TriangleAlert className="mt-0.5 size-4 shrink-0" />
        <p>
          This shared link could not be opened. {notice.message} Your draft is
          unchanged.
        </p>
        <div className="ml-auto shrink-0">{dismissButton}</div>
      </div>
    );
  return (
    <div
      role="status"
      aria-label="Shared link"
      className="flex items-start gap-2 border-b border-sky-500/40 bg-sky-500/10 px-3 py-2 text-sm text-sky-100"
    >
      <Link2 className="mt-0.5 size-4 shrink-0" />
      <div className="flex flex-col gap-1">
        <p>
          Loaded from a shared link. Nothing has been sent: check the request,
          then press Send.
          {notice.continueFrom ? (
            <>
              {" "}
              Its thread continues from{" "}
              <span className="font-mono break-all">{notice.continueFrom}</span>
              , so Send chains to that stored response.
            </>
          ) : null}
        </p>
        {notice.omitted.length > 0 ? (
          <OmittedList
            omitted={notice.omitted}
            intro="These attachments were too large for the link and are not included:"
          />
        ) : null}
      </div>
      <div className="ml-auto flex shrink-0 items-center gap-1">
        {notice.canRestore ? (
          <Button size="sm" onClick={() => void restoreOwnDraft()}>
            Restore my draft
          </Button>
        ) : null}
        {dismissButton}
      </div>
    </div>
  );
}
