// Self-service registration: a Student (default) or Teacher account that stays inactive
// until the emailed activation link is used. The language it registers in becomes its saved
// language (docs/i18n.md), so its mails, from the activation link on, are written in it.
import { parseInput } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { log } from "@/lib/log";
import { consumeMailRequest } from "@/lib/security/rate-limit";
import { createAccount } from "@/lib/users/create-account";
import { sendActivationMail } from "./account-mails";
import { issueOneTimeToken } from "./one-time-tokens";
import { ZRegisterInput } from "./schemas";

/** ctx.locale: the form's language, or the one an API client asked in (none when it named none). */
export async function register(input: unknown, ctx: { ip: string; locale?: Locale | null }) {
  const data = parseInput(ZRegisterInput, input);
  // Every registration mails someone: the same limits as other account mails stop mail bombing.
  await consumeMailRequest(data.email, ctx.ip);
  const { user, extra: token } = await createAccount({ ...data, locale: ctx.locale ?? null, activated: false }, { actorId: null, action: "user.register", ip: ctx.ip }, (tx, user) =>
    issueOneTimeToken(tx, user.id, "ACTIVATION"),
  );

  // The account exists either way; a failed mail is reported so the person can resend it.
  const activationMailSent = await sendActivationMail({ ...user, locale: ctx.locale ?? null }, token).then(
    () => true,
    (error: unknown) => {
      log.error({ err: error, userId: user.id }, "activation mail failed");
      return false;
    },
  );
  return { user, activationMailSent };
}
