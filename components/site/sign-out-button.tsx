"use client";
import { signOut } from "next-auth/react";
import { useState } from "react";
import { Button, type ButtonVariant } from "@/components/ui/button";

export function SignOutButton({ variant = "ghost", className }: { variant?: ButtonVariant; className?: string }) {
  const [pending, setPending] = useState(false);
  return (
    <Button
      variant={variant}
      size="sm"
      className={className}
      pending={pending}
      onClick={async () => {
        setPending(true);
        await signOut({ callbackUrl: "/" });
      }}
    >
      Sign out
    </Button>
  );
}
