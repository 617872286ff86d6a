"use client";
// Toasts: short messages about the result of an action ("Saved", "Could not delete"). Any
// client code calls toast(); the one Toaster on the page shows them in a live region that
// is always in the document, so screen readers announce each message as it is added.
import { useEffect, useSyncExternalStore } from "react";
import { cx } from "./cx";
import { AlertIcon, CheckCircleIcon, CloseIcon } from "./icons";

export type ToastTone = "success" | "error" | "info";
type Toast = { id: number; message: string; tone: ToastTone };

const SHOWN_MS = 6000;
let toasts: Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((listener) => listener());
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const snapshot = () => toasts;
const serverSnapshot = (): Toast[] => [];

function dismissToast(id: number) {
  toasts = toasts.filter((toast) => toast.id !== id);
  emit();
}

/** Shows a message for a few seconds. Translate it first: toasts take finished text. */
export function toast(message: string, tone: ToastTone = "success") {
  toasts = [...toasts, { id: nextId++, message, tone }];
  emit();
}

const tones: Record<ToastTone, { box: string; icon: typeof CheckCircleIcon }> = {
  success: { box: "border-accent-200 bg-white text-slate-900 [&>svg]:text-accent-700", icon: CheckCircleIcon },
  error: { box: "border-red-200 bg-red-50 text-red-900 [&>svg]:text-red-700", icon: AlertIcon },
  info: { box: "border-slate-200 bg-white text-slate-900 [&>svg]:text-brand-700", icon: CheckCircleIcon },
};

function ToastItem({ toast: item, closeLabel }: { toast: Toast; closeLabel: string }) {
  useEffect(() => {
    const timer = setTimeout(() => dismissToast(item.id), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [item.id]);
  const { box, icon: Icon } = tones[item.tone];
  return (
    <li className={cx("pointer-events-auto flex w-full items-start gap-3 rounded-lg border px-4 py-3 text-sm shadow-lg", box)}>
      <Icon className="mt-0.5 size-5 shrink-0" />
      <p className="min-w-0 flex-1 font-medium">{item.message}</p>
      <button type="button" onClick={() => dismissToast(item.id)} className="focus-ring -m-1 rounded p-1 text-slate-600 hover:text-slate-900">
        <CloseIcon className="size-4" />
        <span className="sr-only">{closeLabel}</span>
      </button>
    </li>
  );
}

/** Mount once per page (the root layout); closeLabel is the translated "Dismiss". */
export function Toaster({ closeLabel, label }: { closeLabel: string; label: string }) {
  const shown = useSyncExternalStore(subscribe, snapshot, serverSnapshot);
  return (
    <div role="status" aria-live="polite" aria-label={label} className="pointer-events-none fixed inset-x-4 bottom-4 z-50 sm:left-auto sm:w-96">
      <ul className="flex flex-col gap-2">
        {shown.map((item) => (
          <ToastItem key={item.id} toast={item} closeLabel={closeLabel} />
        ))}
      </ul>
    </div>
  );
}
