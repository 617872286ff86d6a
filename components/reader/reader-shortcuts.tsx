"use client";
// Keyboard shortcuts of the reader: J opens the next content, K the previous one (as in many
// readers and mail clients). Never while typing in a field, nor with a modifier key held, so
// browser and screen reader shortcuts keep working.
import { useRouter } from "next/navigation";
import { useEffect } from "react";

const typingIn = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

export function ReaderShortcuts({ previousHref, nextHref }: { previousHref: string | null; nextHref: string | null }) {
  const router = useRouter();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || typingIn(event.target)) return;
      const href = event.key === "j" ? nextHref : event.key === "k" ? previousHref : null;
      if (!href) return;
      event.preventDefault();
      router.push(href);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [router, previousHref, nextHref]);
  return null;
}
