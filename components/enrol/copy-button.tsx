"use client";
// Copies the virtual account number, and says so (to screen readers too).
import { useState } from "react";
import { useClientText } from "@/components/i18n/client-text";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toast";

export function CopyButton({ value }: { value: string }) {
  const t = useClientText("Enrol");
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      toast(t("copyFailed"), "error");
    }
  };
  return (
    <Button variant="secondary" size="sm" onClick={copy} aria-label={t("copyLabel")}>
      <span aria-live="polite">{copied ? t("copied") : t("copy")}</span>
    </Button>
  );
}
