import type { Metadata } from "next";
import { AccountActions } from "@/components/settings/account-section";
import { AvatarForm } from "@/components/settings/avatar-form";
import { PasswordForm } from "@/components/settings/password-form";
import { ProfileForm } from "@/components/settings/profile-form";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { requireSessionActor } from "@/lib/auth/session";
import { getUser } from "@/lib/users/get-user";

export const metadata: Metadata = { title: "Account settings" };

export default async function SettingsPage() {
  const actor = await requireSessionActor({ returnTo: "/settings" });
  const user = await getUser(actor, actor.id);
  return (
    <Container size="narrow" className="space-y-6 py-10">
      <PageHeader title="Account settings" description="Your profile, picture, password and account." />
      <Card>
        <CardHeader title="Profile picture" />
        <CardBody>
          <AvatarForm name={user.fullName} avatarUrl={user.avatarUrl} />
        </CardBody>
      </Card>
      <Card>
        <CardHeader title="Profile" description="Your name is shown to teachers and classmates." />
        <CardBody>
          <ProfileForm initial={{ fullName: user.fullName, username: user.username, email: user.email }} />
        </CardBody>
      </Card>
      <Card>
        <CardHeader title="Password" description="Changing it signs you out on every device." />
        <CardBody>
          <PasswordForm />
        </CardBody>
      </Card>
      <AccountActions />
    </Container>
  );
}
