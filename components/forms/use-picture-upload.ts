"use client";
// The flow of a picture that is saved as soon as it is chosen (a profile picture, a course
// cover): a quick size check, the upload with its pending state, the saved picture's URL,
// removal, and focus kept for keyboard users. The forms only lay it out and word it.
import { useEffect, useRef, useState, useTransition } from "react";
import { toast } from "@/components/ui/toast";
import type { ActionResult } from "@/lib/action";

type PictureUpload = {
  /** The saved picture's URL, null when there is none. */
  savedUrl: string | null;
  maxBytes: number;
  /** Sends the file; answers the new picture's URL. */
  upload: (file: File) => Promise<ActionResult<string | null>>;
  remove: () => Promise<ActionResult<unknown>>;
  messages: { tooLarge: string; saved: string; removed: string };
};

export function usePictureUpload({ savedUrl, maxBytes, upload, remove, messages }: PictureUpload) {
  const [current, setCurrent] = useState(savedUrl);
  const [error, setError] = useState<string>();
  // A new key after a change resets the field, so it shows the saved picture, not the chosen file.
  const [saves, setSaves] = useState(0);
  const [pending, start] = useTransition();
  // The input loses focus while it is disabled for an upload, or when the remove button goes
  // away with the picture: it gets it back then, so keyboard users stay where they were.
  const box = useRef<HTMLDivElement>(null);
  const [refocus, setRefocus] = useState(0);
  useEffect(() => {
    if (refocus) box.current?.querySelector("input")?.focus();
  }, [refocus]);

  const onFile = (file: File | null) => {
    setError(undefined);
    if (!file) return;
    // Quick feedback for the obvious case; the server decides by the file's bytes.
    if (file.size > maxBytes) return setError(messages.tooLarge);
    start(async () => {
      const result = await upload(file);
      setRefocus((count) => count + 1);
      if (!result.ok) return setError(result.error);
      setCurrent(result.data);
      setSaves((count) => count + 1);
      toast(messages.saved);
    });
  };

  const removePicture = async () => {
    const result = await remove();
    if (!result.ok) return toast(result.error, "error");
    setCurrent(null);
    setSaves((count) => count + 1);
    setRefocus((count) => count + 1);
    toast(messages.removed);
  };

  return { current, error, saves, pending, box, onFile, removePicture };
}
