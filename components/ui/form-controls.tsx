import { clsx } from "clsx";
import type { ComponentProps } from "react";

// The controls' own classes live in globals.css (components layer), so utilities in `className` win.

export function Input({ className, ...props }: ComponentProps<"input">) {
  return (
    <input className={clsx("form-control form-input", className)} {...props} />
  );
}

export function Textarea({ className, ...props }: ComponentProps<"textarea">) {
  return (
    <textarea
      className={clsx("form-control form-textarea", className)}
      {...props}
    />
  );
}

export function Select({ className, ...props }: ComponentProps<"select">) {
  return (
    <select
      className={clsx("form-control form-select", className)}
      {...props}
    />
  );
}

export function Label({ className, ...props }: ComponentProps<"label">) {
  return (
    <label
      className={clsx("text-xs font-medium text-zinc-400", className)}
      {...props}
    />
  );
}

export function Checkbox({
  className,
  ...props
}: Omit<ComponentProps<"input">, "type">) {
  return (
    <input
      type="checkbox"
      className={clsx("size-3.5 accent-emerald-500", className)}
      {...props}
    />
  );
}
