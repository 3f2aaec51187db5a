"use client";

import { useRef, type KeyboardEvent, type ReactNode } from "react";
import { clsx } from "clsx";
import { tabAfterKey } from "./tab-keys";

const styles = {
  underline: {
    bar: "flex h-10 shrink-0 items-end border-b border-zinc-800 px-3",
    list: "flex items-end gap-4",
    tab: "-mb-px border-b-2 pb-2 text-xs font-semibold tracking-wider uppercase",
    on: "border-emerald-400 text-zinc-100",
    off: "border-transparent text-zinc-500 hover:text-zinc-300",
  },
  pill: {
    bar: "flex items-center border-b border-zinc-800 px-2 py-1.5",
    list: "flex items-center gap-1",
    tab: "rounded px-2 py-1 text-xs",
    on: "bg-zinc-800 text-zinc-100",
    off: "text-zinc-400 hover:text-zinc-200",
  },
} as const;

/**
 * A row of tabs (role tablist) that selects one of a few views; `end` holds actions on the right. Tab reaches the
 * selected tab, and the arrow keys, Home and End select another, as the WAI-ARIA tabs pattern has it.
 */
export function TabList<T extends string>({
  label,
  tabs,
  value,
  onChange,
  variant,
  end,
}: {
  label: string;
  tabs: readonly { id: T; label: string }[];
  value: T;
  onChange: (id: T) => void;
  variant: keyof typeof styles;
  end?: ReactNode;
}) {
  const style = styles[variant];
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const next = tabAfterKey(event.key, index, tabs.length);
    const tab = next === null ? undefined : tabs[next];
    if (next === null || !tab) return;
    event.preventDefault();
    onChange(tab.id);
    buttons.current[next]?.focus();
  };
  // The actions stand beside the tablist, not in it: a tablist holds only tabs.
  return (
    <div className={style.bar}>
      <div role="tablist" aria-label={label} className={style.list}>
        {tabs.map((tab, index) => (
          <button
            key={tab.id}
            ref={(button) => {
              buttons.current[index] = button;
            }}
            type="button"
            role="tab"
            aria-selected={value === tab.id}
            tabIndex={value === tab.id ? 0 : -1}
            onClick={() => onChange(tab.id)}
            onKeyDown={(event) => onKeyDown(event, index)}
            className={clsx(style.tab, value === tab.id ? style.on : style.off)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {end ? <div className="ml-auto">{end}</div> : null}
    </div>
  );
}
