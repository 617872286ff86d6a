// Mails in the recipient's language: the templates in both languages, and the language an
// account registered in deciding its mails until it chooses another.
import { describe, expect, it } from "vitest";
import { register } from "@/lib/auth/register";
import { forgotPassword } from "@/lib/auth/password-reset";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { activationMail, mailWordingFor, passwordChangedMail, passwordResetMail, signInsPausedMail } from "@/lib/mail/templates";
import { unique, uniqueIp } from "../factories";
import { mailsTo, waitForMail } from "../mail-helpers";

const url = "https://lumen.test/activate?token=abc";
const password = "a long and unusual passphrase";

describe("templates in Indonesian", () => {
  it("word subject, text and HTML in the language, with <html lang>", async () => {
    const id = await mailWordingFor("id");
    const activation = activationMail({ fullName: "Siti", url }, id);
    expect(activation.subject).toBe("Aktifkan akun Lumen LMS Anda");
    expect(activation.text.split("\n")).toEqual([
      "Halo Siti,",
      "",
      "Selamat datang di Lumen LMS! Silakan konfirmasi alamat email Anda untuk mengaktifkan akun.",
      "",
      "Aktifkan akun Anda:",
      url,
      "",
      "Tautan ini berlaku selama 24 jam. Jika Anda tidak membuat akun, abaikan saja email ini.",
      "",
      "— Lumen LMS",
    ]);
    expect(activation.html).toContain('<html lang="id">');
    expect(activation.html).toContain("<title>Aktifkan akun Lumen LMS Anda</title>");
    expect(activation.html).toContain("Jika tombol tidak berfungsi, salin tautan ini ke peramban Anda:");

    const reset = passwordResetMail({ fullName: "Siti", url }, id);
    expect([reset.subject, reset.html.includes('lang="id"')]).toEqual(["Atur ulang kata sandi Lumen LMS Anda", true]);
    expect(reset.text).toContain("Tautan ini berlaku selama 30 menit");

    const changed = passwordChangedMail({ fullName: "Siti", when: new Date("2026-03-12T08:30:00Z") }, id);
    expect(changed.subject).toBe("Kata sandi Lumen LMS Anda telah diubah");
    expect(changed.text).toContain("diubah pada Kamis, 12 Maret 2026 pukul 15.30 WIB.");

    const paused = signInsPausedMail({ fullName: "Siti", seconds: 2 * 3600, url }, id);
    expect(paused.subject).toBe("Upaya masuk yang gagal berulang kali ke akun Lumen LMS Anda");
    expect(paused.text).toContain("dijeda selama 2 jam.");
  });

  it("stay English by default, with <html lang=\"en\">", () => {
    const paused = signInsPausedMail({ fullName: "Siti", seconds: 60, url });
    expect(paused.subject).toBe("Repeated failed sign-ins to your Lumen LMS account");
    expect(paused.text).toContain("paused for 1 minute.");
    expect(paused.html).toContain('<html lang="en">');
  });
});

describe("the language of an account's mails", () => {
  it("is the one it registered in, saved as its choice, for every later mail", async () => {
    const email = `${unique("reg-id")}@example.test`;
    const { user } = await register({ fullName: "Siti Rahma", email, password }, { ip: uniqueIp(), locale: "id" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).locale).toBe("id");
    expect((await mailsTo(email)).map((mail) => mail.subject)).toEqual(["Aktifkan akun Lumen LMS Anda"]);

    await forgotPassword({ email }, { ip: uniqueIp() });
    const reset = await waitForMail(email, /kata sandi/i);
    expect(reset.subject).toBe("Atur ulang kata sandi Lumen LMS Anda");
    expect(reset.html).toContain('<html lang="id">');
    expect(reset.text).toContain(`${env().APP_URL}/reset-password?token=`);
  });

  it("is English when the registration named no language, and the account's choice stays open", async () => {
    const email = `${unique("reg-none")}@example.test`;
    const { user } = await register({ fullName: "Ada", email, password }, { ip: uniqueIp() });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).locale).toBeNull();
    expect((await mailsTo(email)).map((mail) => mail.subject)).toEqual(["Activate your Lumen LMS account"]);
  });
});
