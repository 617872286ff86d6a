"use client";
// The /design page's two interactive demos: a toast, and a confirm dialog whose action
// reports through a toast. Their texts come translated from the page.
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { toast } from "@/components/ui/toast";

export function ToastDemo({ label, message }: { label: string; message: string }) {
  return (
    <Button variant="secondary" onClick={() => toast(message)}>
      {label}
    </Button>
  );
}

type ConfirmDemoProps = { triggerLabel: string; title: string; description: string; confirmLabel: string; cancelLabel: string; doneMessage: string };

export function ConfirmDemo({ doneMessage, ...texts }: ConfirmDemoProps) {
  return <ConfirmDialog {...texts} onConfirm={() => toast(doneMessage)} />;
}
