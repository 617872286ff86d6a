"use client";

// Opens the browser's print dialog; the page's print styles make the certificate one A4 sheet.
import { Button } from "@/components/ui/button";

export function PrintButton({ label }: { label: string }) {
  return (
    <Button variant="secondary" onClick={() => window.print()}>
      {label}
    </Button>
  );
}
