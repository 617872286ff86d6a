"use client";
// Warns before edits are lost: closing or reloading the tab (the browser's own prompt, whose
// text browsers no longer let pages choose) and following a link inside the app (a confirm
// with the page's message; cancelling stays on the page). Next's <Link> navigates from a
// React click handler, so the check runs in the capture phase on the document, ahead of
// React's listeners, and stops the click there when the author chooses to stay.
import { useEffect, useRef } from "react";

/** The same-origin page an ordinary click on this element would open, if any. */
function inAppTarget(event: MouseEvent): URL | null {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
  if (!(link instanceof HTMLAnchorElement) || link.hasAttribute("download") || (link.target && link.target !== "_self")) return null;
  const url = new URL(link.href, window.location.href);
  if (url.origin !== window.location.origin) return null;
  // A jump within the page (#section) loses nothing.
  if (url.pathname === window.location.pathname && url.search === window.location.search) return null;
  return url;
}

/**
 * While `dirty`, asks before the page is left. `message` is the confirm's text, in the page's
 * language. Pass `dirty` false again once the edits are saved.
 */
export function useUnsavedChanges(dirty: boolean, message: string) {
  const text = useRef(message);
  useEffect(() => {
    text.current = message;
  }, [message]);

  useEffect(() => {
    if (!dirty) return;
    const beforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = "";
    };
    const click = (event: MouseEvent) => {
      if (!inAppTarget(event) || window.confirm(text.current)) return;
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener("beforeunload", beforeUnload);
    document.addEventListener("click", click, true);
    return () => {
      window.removeEventListener("beforeunload", beforeUnload);
      document.removeEventListener("click", click, true);
    };
  }, [dirty]);
}
