"use client";
// After a write, the part of the thread that shows the comment is drawn again: the page
// (router.refresh) or, inside replies loaded with "Show more replies", that loaded page.
import { useRouter } from "next/navigation";
import { createContext, useContext } from "react";

export const ReloadReplies = createContext<(() => Promise<void>) | null>(null);

export function useRefreshThread(): () => Promise<void> | void {
  const reload = useContext(ReloadReplies);
  const router = useRouter();
  return reload ?? (() => router.refresh());
}
