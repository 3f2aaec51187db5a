import { MessageComposer } from "@/components/composer/message-composer";
import { SettingsSidebar } from "@/components/composer/settings-sidebar";
import { JobsPanel } from "@/components/jobs/jobs-panel";
import { OutputPanel } from "@/components/output/output-panel";
import { SharedLinkNotice } from "@/components/share/shared-link-notice";
import { ThreadResume } from "./thread-resume";
import { InspectorColumn } from "./inspector-column";

/** The playground's three columns: request settings, the thread with the composer, and the inspector. */
export function Playground() {
  return (
    <main className="grid min-h-0 flex-1 grid-cols-[300px_minmax(0,1fr)_minmax(340px,34%)] grid-rows-[minmax(0,1fr)]">
      <SettingsSidebar />
      <div className="flex min-h-0 flex-col">
        <SharedLinkNotice />
        <JobsPanel />
        <OutputPanel />
        <MessageComposer />
      </div>
      <InspectorColumn />
      <ThreadResume />
    </main>
  );
}
