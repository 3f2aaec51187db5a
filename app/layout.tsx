import type { Metadata } from "next";
import { GeistMono } from "geist/font/mono";
import { GeistSans } from "geist/font/sans";
import { HydrationGate } from "@/components/shell/hydration-gate";
import { Providers } from "@/components/shell/providers";
import { SiteHeader } from "@/components/shell/site-header";
import "./globals.css";

export const metadata: Metadata = {
  title: "Responses Playground",
  description:
    "A playground, proxy and local engine for the OpenAI Responses API.",
};

export default function RootLayout({
  children,
}: Readonly<{ children: React.ReactNode }>) {
  return (
    <html
      lang="en"
      className={`${GeistSans.variable} ${GeistMono.variable} h-full antialiased`}
    >
      <body className="flex h-dvh flex-col overflow-hidden font-sans">
        <Providers>
          <SiteHeader />
          <HydrationGate>{children}</HydrationGate>
        </Providers>
      </body>
    </html>
  );
}
