// Self-service registration: a Student (default) or Teacher account that stays inactive
// until the emailed activation link is used.
import { parseInput } from "@/lib/errors";
import { log } from "@/lib/log";
import { consumeMailRequest } from "@/lib/security/rate-limit";
import { createAccount } from "@/lib/users/create-account";
import { sendActivationMail } from "./account-mails";
import { issueOneTimeToken } from "./one-time-tokens";
import { ZRegisterInput } from "./schemas";

export async function register(input: unknown, ctx: { ip: string }) {
  const data = parseInput(ZRegisterInput, input);
  // Every registration mails someone: the same limits as other account mails stop mail bombing.
  await consumeMailRequest(data.email, ctx.ip);
  const { user, extra: token } = await createAccount({ ...data, activated: false }, { actorId: null, action: "user.register", ip: ctx.ip }, (tx, user) =>
    issueOneTimeToken(tx, user.id, "ACTIVATION"),
  );

  // The account exists either way; a failed mail is reported so the person can resend it.
  const activationMailSent = await sendActivationMail(user, token).then(
    () => true,
    (error: unknown) => {
      log.error({ err: error, userId: user.id }, "activation mail failed");
      return false;
    },
  );
  return { user, activationMailSent };
}
