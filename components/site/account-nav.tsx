"use client";

// The header's right side on desktop: sign-in links for visitors, the account menu for a
// signed-in user, and a placeholder of the same size while the browser checks.
import { usePathname } from "next/navigation";
import { useClientText } from "@/components/i18n/client-text";
import { useEffect } from "react";
import { ButtonLink } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { recheckSession, useSessionUser } from "./session-store";
import { UserMenu } from "./user-menu";

export function AccountNav() {
  const t = useClientText("Header");
  const user = useSessionUser();
  const pathname = usePathname();
  // Signing in or out navigates without reloading the layout: look at the hint again.
  useEffect(() => recheckSession(), [pathname]);

  if (user === undefined) {
    return (
      <div role="status" className="flex items-center gap-2">
        <span className="sr-only">{t("checkingSession")}</span>
        <Skeleton className="h-8 w-20" />
        <Skeleton className="h-8 w-28" />
      </div>
    );
  }
  if (user) return <UserMenu user={user} />;
  return (
    <>
      <ButtonLink href="/login" variant="ghost" size="sm">
        {t("signIn")}
      </ButtonLink>
      <ButtonLink href="/register" size="sm">
        {t("getStarted")}
      </ButtonLink>
    </>
  );
}
