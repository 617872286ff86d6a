import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { listOutbox } from "@/lib/mail/outbox";
import { sendMail } from "@/lib/mail/send-mail";
import { activationMail, passwordChangedMail, passwordResetMail } from "@/lib/mail/templates";
import { outboxEnabled } from "@/lib/mail/transport";

const newAddress = () => `${randomUUID()}@example.test`;
const mail = (to: string, subject: string) => ({ to, subject, text: `text of ${subject}`, html: `<p>${subject}</p>` });

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  vi.resetModules();
});

describe("outbox transport", () => {
  it("stores each mail, and listOutbox filters by recipient in any casing and orders by time", async () => {
    expect(outboxEnabled()).toBe(true);
    const to = newAddress();
    const other = newAddress();
    await sendMail(mail(to.toUpperCase(), "first"));
    await sendMail(mail(other, "someone else's"));
    await sendMail(mail(to, "second"));
    await sendMail(mail(to, "third"));

    const ascending = await listOutbox({ to: `  ${to.replace("example", "EXAMPLE")} `, order: "asc" });
    expect(ascending.map((m) => m.subject)).toEqual(["first", "second", "third"]);
    expect(ascending[0]).toEqual({ id: expect.any(Number), to, subject: "first", text: "text of first", html: "<p>first</p>", createdAt: expect.any(Date) });

    const newest = await listOutbox({ to, order: "desc", limit: 2 });
    expect(newest.map((m) => m.subject)).toEqual(["third", "second"]);

    const everyone = (await listOutbox({ order: "desc", limit: 500 })).map((m) => m.subject);
    expect(everyone).toEqual(expect.arrayContaining(["first", "someone else's", "third"]));
  });
});

describe("templates", () => {
  const url = `${env().APP_URL}/activate?token=${"ab".repeat(32)}&from=mail`;

  it("put the full URL on a line of its own in the text part, and in the HTML part", () => {
    for (const rendered of [activationMail({ fullName: "Siti", url }), passwordResetMail({ fullName: "Siti", url })]) {
      expect(rendered.text.split("\n")).toContain(url);
      expect(rendered.html).toContain(`href="${url.replace("&", "&amp;")}"`);
      expect(rendered.text).toContain("Lumen LMS");
    }
    expect(activationMail({ fullName: "Siti", url }).text).toContain("24 hours");
    expect(passwordResetMail({ fullName: "Siti", url }).text).toContain("30 minutes");
  });

  it("escape HTML in names in the HTML part and keep them verbatim in the text part", () => {
    const fullName = `<script>alert("x")</script> & 'Co'`;
    for (const rendered of [activationMail({ fullName, url }), passwordResetMail({ fullName, url }), passwordChangedMail({ fullName, when: new Date() })]) {
      expect(rendered.html).not.toContain("<script>");
      expect(rendered.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Co&#39;");
      expect(rendered.text).toContain(`Hi ${fullName},`);
    }
  });

  it("say when the password changed and link to the reset page", () => {
    const when = new Date("2026-03-12T08:30:00Z");
    const { subject, text } = passwordChangedMail({ fullName: "Siti", when });
    expect(subject).toMatch(/password was changed/);
    expect(text).toContain(when.toUTCString());
    expect(text).toMatch(/If this wasn't you, reset your password immediately/);
    expect(text.split("\n")).toContain(`${env().APP_URL}/forgot-password`);
  });
});

describe("GET /api/dev/mail", () => {
  const get = async (query = "") => {
    const { GET } = await import("@/app/api/dev/mail/route");
    const response = await GET(new Request(`http://test.local/api/dev/mail${query}`), { params: Promise.resolve({}) });
    return { status: response.status, body: await response.json() };
  };

  it("lists the mails to an address, newest last", async () => {
    const to = newAddress();
    for (const subject of ["one", "two", "three"]) await sendMail(mail(to, subject));
    await sendMail(mail(newAddress(), "not for them"));

    const { status, body } = await get(`?to=${encodeURIComponent(to.toUpperCase())}`);
    expect(status).toBe(200);
    expect(body.message).toBe("Successfully retrieved the mail outbox.");
    expect(body.data.mails.map((m: { subject: string }) => m.subject)).toEqual(["one", "two", "three"]);
    expect(Object.keys(body.data.mails[0]).sort()).toEqual(["createdAt", "html", "subject", "text", "to"]);
    expect(body.data.mails[0]).toMatchObject({ to, text: "text of one", html: "<p>one</p>" });
    expect(new Date(body.data.mails[0].createdAt).toISOString()).toBe(body.data.mails[0].createdAt);
  });

  it("lists the newest mails of everyone without a filter", async () => {
    const to = newAddress();
    await sendMail(mail(to, "latest"));
    const { status, body } = await get();
    expect(status).toBe(200);
    const mails: { to: string; createdAt: string }[] = body.data.mails;
    expect(mails.length).toBeLessThanOrEqual(100);
    // Other test files send mail at the same time, so only order and presence are certain.
    expect(mails.map((m) => m.to)).toContain(to);
    const times = mails.map((m) => m.createdAt);
    expect(times).toEqual([...times].sort());
  });

  it("does not exist in production", async () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("LMS_DEMO", undefined);
    const { status, body } = await get();
    expect(status).toBe(404);
    expect(body).toMatchObject({ success: false, data: null });
  });

  it("does not exist while mail goes out through Resend", async () => {
    vi.stubEnv("RESEND_API_KEY", "re_test_not_a_real_key");
    expect((await get()).status).toBe(404);
  });
});

describe("Resend transport", () => {
  it("raises an AppError when Resend answers with an error, logs it without the key, and stores nothing", async () => {
    const apiKey = `re_test_${randomUUID()}`;
    vi.stubEnv("RESEND_API_KEY", apiKey);
    const { sendMail: send } = await import("@/lib/mail/send-mail");
    const { AppError } = await import("@/lib/errors");
    const { log } = await import("@/lib/log");
    const logged = vi.spyOn(log, "error");
    const to = newAddress();

    const error = await send(mail(to, "via resend")).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "INTERNAL", message: "We could not send the email. Please try again later." });
    expect(logged).toHaveBeenCalledOnce();
    expect(JSON.stringify(logged.mock.calls)).not.toContain(apiKey);
    expect(await db.mailOutbox.count({ where: { to } })).toBe(0);
  });
});
