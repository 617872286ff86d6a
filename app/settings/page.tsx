import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { ScopedText } from "@/components/i18n/scoped-text";
import { DeleteAccount, SignOutEverywhere } from "@/components/settings/account-actions";
import { AvatarForm } from "@/components/settings/avatar-form";
import { LanguageForm } from "@/components/settings/language-form";
import { NotificationsForm } from "@/components/settings/notifications-form";
import { PasswordForm } from "@/components/settings/password-form";
import { ProfileForm } from "@/components/settings/profile-form";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { requireSessionActor } from "@/lib/auth/session";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { saveLocaleAction } from "@/lib/i18n/save-locale";
import { getT, translatorFor } from "@/lib/i18n/translator";
import { getUser } from "@/lib/users/get-user";
import { changePasswordAction, deleteAccountAction, removeAvatarAction, signOutEverywhereAction, updateProfileAction, uploadAvatarAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("Settings"))("title") };
}

// The language card confirms a change in the language chosen, which the page only speaks
// after the refresh: it gets the confirmation in every language.
const languageSaved = Object.fromEntries(LOCALES.map((locale) => [locale, translatorFor(locale, "Settings")("languageSaved")])) as Record<Locale, string>;

export default async function SettingsPage() {
  const actor = await requireSessionActor({ returnTo: "/settings" });
  const [user, t, locale] = await Promise.all([getUser(actor, actor.id), getT("Settings"), getLocale()]);
  return (
    <Container size="narrow" className="space-y-6 py-10">
      <PageHeader title={t("title")} description={t("description")} />
      <ScopedText namespaces={["SettingsForms"]}>
        <Card>
          <CardHeader title={t("pictureTitle")} />
          <CardBody>
            <AvatarForm avatarUrl={user.avatarUrl} upload={uploadAvatarAction} remove={removeAvatarAction} />
          </CardBody>
        </Card>
        <Card>
          <CardHeader title={t("profileTitle")} description={t("profileDescription")} />
          <CardBody>
            <ProfileForm initial={{ fullName: user.fullName, username: user.username, email: user.email }} save={updateProfileAction} />
          </CardBody>
        </Card>
        <Card>
          <CardHeader title={t("languageTitle")} description={t("languageDescription")} />
          <CardBody>
            <LanguageForm current={locale} saved={languageSaved} save={saveLocaleAction} />
          </CardBody>
        </Card>
        <Card>
          <CardHeader title={t("notificationsTitle")} description={t("notificationsDescription")} />
          <CardBody>
            <NotificationsForm initial={{ notifyOnReply: user.notifyOnReply }} save={updateProfileAction} />
          </CardBody>
        </Card>
        <Card>
          <CardHeader title={t("passwordTitle")} description={t("passwordDescription")} />
          <CardBody>
            <PasswordForm change={changePasswordAction} />
          </CardBody>
        </Card>
        <Card>
          <CardHeader title={t("sessionsTitle")} description={t("sessionsDescription")} />
          <CardBody>
            <SignOutEverywhere signOutEverywhere={signOutEverywhereAction} />
          </CardBody>
        </Card>
        <Card className="border-red-200">
          <CardHeader title={t("deleteTitle")} description={t("deleteDescription")} />
          <CardBody>
            <DeleteAccount deleteAccount={deleteAccountAction} />
          </CardBody>
        </Card>
      </ScopedText>
    </Container>
  );
}
