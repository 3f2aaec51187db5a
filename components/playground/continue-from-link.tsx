"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { readContinueRequest } from "@/lib/run/continue-link";
import { continueFromResponse } from "@/lib/run/thread-origin";

/** Applies a `/?continue=resp_…&upstream=…` link once, then drops it from the address bar. */
export function ContinueFromLink() {
  const router = useRouter();
  useEffect(() => {
    const request = readContinueRequest(window.location.search);
    if (!request) return;
    continueFromResponse(request);
    router.replace("/");
  }, [router]);
  return null;
}
