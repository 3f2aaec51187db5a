"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import {
  readContinueRequest,
  readConversationRequest,
} from "@/lib/run/continue-link";
import {
  continueFromResponse,
  continueInConversation,
} from "@/lib/run/thread-origin";
import {
  keepResumePoint,
  parseResumeOrigin,
  THREAD_RESUME_KEY,
} from "@/lib/run/thread-resume";
import { useRunStore } from "@/lib/stores/run-store";

/**
 * Applies a `/?continue=resp_…&upstream=…` or `/?conversation=conv_…&upstream=…` link once (then drops it from
 * the address bar), else picks up the thread a reload interrupted; from then on the point the thread continues
 * from is kept in sessionStorage.
 */
export function ThreadResume() {
  const router = useRouter();
  useEffect(() => {
    const request = readContinueRequest(window.location.search);
    const conversation = readConversationRequest(window.location.search);
    if (request) continueFromResponse(request);
    else if (conversation)
      continueInConversation(conversation.upstream, conversation.id);
    if (request || conversation) router.replace("/");
    else {
      const saved = parseResumeOrigin(
        sessionStorage.getItem(THREAD_RESUME_KEY),
      );
      if (saved) useRunStore.getState().actions.resumeFrom(saved);
    }
    return keepResumePoint(useRunStore, sessionStorage);
  }, [router]);
  return null;
}
