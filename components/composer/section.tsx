"use client";

import { ChevronRight } from "lucide-react";
import { useId, useState, type ReactNode } from "react";
import { clsx } from "clsx";

/**
 * A titled, collapsible group of settings in the sidebar (role group, named by its title), so the long
 * list stays scannable; `badge` shows a summary (e.g. a count) while it is collapsed.
 */
export function Section({
  title,
  children,
  actions,
  defaultOpen = true,
  badge,
}: {
  title: string;
  children: ReactNode;
  actions?: ReactNode;
  defaultOpen?: boolean;
  badge?: string;
}) {
  const [open, setOpen] = useState(defaultOpen);
  const id = useId();
  return (
    <section
      role="group"
      aria-labelledby={`${id}-title`}
      className="flex flex-col gap-3 border-b border-zinc-800/80 px-3 py-2.5"
    >
      <div className="flex items-center justify-between gap-2">
        <h2
          id={`${id}-title`}
          className="text-[11px] font-semibold tracking-wider text-zinc-500 uppercase"
        >
          <button
            type="button"
            aria-expanded={open}
            aria-controls={`${id}-body`}
            onClick={() => setOpen(!open)}
            className="flex items-center gap-1 uppercase hover:text-zinc-300"
          >
            <ChevronRight
              aria-hidden
              className={clsx(
                "size-3 transition-transform",
                open && "rotate-90",
              )}
            />
            {title}
            {badge && !open ? (
              <span className="ml-1 rounded bg-zinc-800 px-1 font-normal tracking-normal text-zinc-400 normal-case">
                {badge}
              </span>
            ) : null}
          </button>
        </h2>
        {open ? actions : null}
      </div>
      {open ? (
        <div id={`${id}-body`} className="flex flex-col gap-3">
          {children}
        </div>
      ) : null}
    </section>
  );
}
