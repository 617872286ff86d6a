import type { ReactNode } from "react";
import { getLocale, getTimeZone } from "next-intl/server";
import { formatDateTime } from "@/components/format";
import { Avatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { getT } from "@/lib/i18n/translator";
import { statusOf } from "@/lib/users/status";
import type { UserView } from "@/lib/users/views";
import { roleTone, statusTones } from "../user-badges";

export async function UserProfileCard({ user }: { user: UserView }) {
  const [t, locale, timeZone] = await Promise.all([getT("AdminUsers"), getLocale(), getTimeZone()]);
  const status = statusOf(user);
  const facts: [string, ReactNode][] = [
    [t("email"), <span key="email" className="break-all">{user.email}</span>],
    [t("username"), `@${user.username}`],
    [t("role"), <Badge key="role" tone={roleTone(user.role)}>{t("roleOption", { role: user.role })}</Badge>],
    [t("memberLevel"), t("levelOption", { level: user.memberLevel })],
    [t("status"), <Badge key="status" tone={statusTones[status]}>{t("statusName", { status })}</Badge>],
    [t("joined"), formatDateTime(user.createdAt, locale, timeZone)],
    [t("updated"), formatDateTime(user.updatedAt, locale, timeZone)],
  ];
  return (
    <Card>
      <CardHeader title={t("profileTitle")} />
      <CardBody className="space-y-5">
        <div className="flex items-center gap-4">
          <Avatar name={user.fullName} src={user.avatarUrl} size="lg" />
          <p className="text-lg font-semibold text-slate-900">{user.fullName}</p>
        </div>
        <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[max-content_1fr]">
          {facts.map(([term, value]) => (
            <div key={term} className="contents">
              <dt className="font-medium text-slate-600">{term}</dt>
              <dd className="text-slate-900">{value}</dd>
            </div>
          ))}
        </dl>
      </CardBody>
    </Card>
  );
}
