"use client";

import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Input, Label } from "@/components/ui/form-controls";
import { storedObjectHref } from "@/lib/history/stored-object-href";
import { UpstreamSelect, useUpstreamChoice } from "./upstream-select";

/** Opens any id on any configured upstream, whether or not the history knows it. */
export function OpenByIdForm({
  base,
  label,
  placeholder,
}: {
  base: "/responses" | "/conversations";
  /** The textbox's name, e.g. "Response ID". */
  label: string;
  placeholder: string;
}) {
  const router = useRouter();
  const choice = useUpstreamChoice();
  const { upstream } = choice;
  const [id, setId] = useState("");
  const idField = useId();
  const upstreamField = useId();
  const trimmed = id.trim();

  const open = (event: FormEvent) => {
    event.preventDefault();
    if (trimmed) router.push(storedObjectHref(base, upstream, trimmed));
  };

  return (
    <form onSubmit={open} className="flex flex-wrap items-end gap-2">
      <UpstreamSelect id={upstreamField} choice={choice} />
      <div className="flex min-w-64 flex-1 flex-col gap-1">
        <Label htmlFor={idField}>{label}</Label>
        <Input
          id={idField}
          value={id}
          onChange={(event) => setId(event.target.value)}
          placeholder={placeholder}
          spellCheck={false}
          autoComplete="off"
          className="font-mono"
        />
      </div>
      <Button type="submit" variant="primary" disabled={!trimmed}>
        Open
      </Button>
    </form>
  );
}
