import { MessageComposer } from "@/components/composer/message-composer";
import { SettingsSidebar } from "@/components/composer/settings-sidebar";
import { JobsPanel } from "@/components/jobs/jobs-panel";
import { OutputPanel } from "@/components/output/output-panel";
import { SharedLinkNotice } from "@/components/share/shared-link-notice";
import { ThreadResume } from "./thread-resume";
import { InspectorColumn } from "./inspector-column";
import { PlaygroundPanes } from "./playground-panes";

/** The playground's three columns: request settings, the thread with the composer, and the inspector. */
export function Playground() {
  return (
    <>
      <PlaygroundPanes
        settings={<SettingsSidebar />}
        thread={
          <div className="flex min-h-0 flex-col">
            <SharedLinkNotice />
            <JobsPanel />
            <OutputPanel />
            <MessageComposer />
          </div>
        }
        inspector={<InspectorColumn />}
      />
      <ThreadResume />
    </>
  );
}
