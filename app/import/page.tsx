import type { Metadata } from "next";
import { HistoryPage } from "@/components/history/history-page";
import { ImportRequestForm } from "@/components/history/import-request-form";

export const metadata: Metadata = {
  title: "Import a request · Responses Playground",
};

export default function ImportPage() {
  return (
    <HistoryPage
      title="Import a request"
      description="Paste a Responses API request body, or a curl command that sends one (a log line, the API reference, another playground's export): it opens in the composer to edit and send. What the composer has no field for is listed there."
    >
      <ImportRequestForm />
    </HistoryPage>
  );
}
