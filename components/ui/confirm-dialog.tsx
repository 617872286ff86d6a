"use client";
// Asks before a destructive action. A native modal <dialog>: the page behind is inert, Esc
// closes it. Tab is kept inside by hand (browsers let it leave a modal dialog for their own
// toolbar), and focus goes back to the button that opened it.
import { type KeyboardEvent, type ReactNode, useId, useRef, useTransition } from "react";
import { Button, type ButtonSize, type ButtonVariant } from "./button";

type ConfirmDialogProps = {
  /** The button that opens the dialog. */
  triggerLabel: ReactNode;
  triggerVariant?: ButtonVariant;
  triggerSize?: ButtonSize;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  /** Runs on confirm; the dialog stays open, its button busy, until it settles, and stays
   *  open when it returns false (a field inside the dialog shows what to correct). */
  onConfirm: () => unknown;
  tone?: "danger" | "primary";
};

const focusable = "button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex='-1'])";

export function ConfirmDialog({ triggerLabel, triggerVariant = "danger", triggerSize, title, description, confirmLabel, cancelLabel, onConfirm, tone = "danger" }: ConfirmDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const [pending, start] = useTransition();
  const id = useId();

  const close = () => dialog.current?.close();
  const confirm = () =>
    start(async () => {
      if ((await onConfirm()) !== false) close();
    });

  const keepTabInside = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== "Tab" || !dialog.current) return;
    const items = [...dialog.current.querySelectorAll<HTMLElement>(focusable)];
    const first = items[0];
    const last = items[items.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  };

  return (
    <>
      <Button
        ref={trigger}
        variant={triggerVariant}
        size={triggerSize}
        aria-haspopup="dialog"
        onClick={() => dialog.current?.showModal()}
      >
        {triggerLabel}
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-description`}
        onKeyDown={keepTabInside}
        onClose={() => trigger.current?.focus()}
        className="m-auto w-[calc(100%-2rem)] max-w-md rounded-xl bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-950/50"
      >
        <div className="p-6">
          <h2 id={`${id}-title`} className="text-lg font-semibold">
            {title}
          </h2>
          <div id={`${id}-description`} className="mt-2 text-sm text-slate-600">
            {description}
          </div>
          <div className="mt-6 flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
            {/* showModal focuses the first button: the safe one, so Enter on an accidental open does no harm. */}
            <Button variant="secondary" onClick={close} disabled={pending}>
              {cancelLabel}
            </Button>
            <Button variant={tone} onClick={confirm} pending={pending}>
              {confirmLabel}
            </Button>
          </div>
        </div>
      </dialog>
    </>
  );
}
