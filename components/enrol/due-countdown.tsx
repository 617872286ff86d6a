"use client";
// The time left to pay, ticking every second. It starts after hydration (the server's clock
// and the browser's differ); when it reaches zero the page is refreshed, and the invoice
// reads as Expired (reads expire it).
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useClientText } from "@/components/i18n/client-text";

const parts = (ms: number) => {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  return { days: Math.floor(seconds / 86_400), hours: Math.floor((seconds % 86_400) / 3600), minutes: Math.floor((seconds % 3600) / 60), seconds: seconds % 60 };
};

export function DueCountdown({ due }: { due: string }) {
  const t = useClientText("Enrol");
  const router = useRouter();
  const [now, setNow] = useState<number | null>(null);
  const left = now === null ? null : new Date(due).getTime() - now;

  useEffect(() => {
    const tick = () => setNow(Date.now());
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, []);
  const over = left !== null && left <= 0;
  useEffect(() => {
    if (over) router.refresh();
  }, [over, router]);

  if (left === null) return <span className="tabular-nums text-slate-500">…</span>;
  return (
    <span role="timer" className="font-medium tabular-nums text-slate-900">
      {over ? t("countdownOver") : t("countdown", parts(left))}
    </span>
  );
}
