import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { auditSentence } from "@/components/admin/audit-sentence";
import { AUDIT_ACTIONS } from "@/lib/audit-log/actions";
import type { AuditEntryView } from "@/lib/audit-log/views";
import { translatorFor } from "@/lib/i18n/translator";

const entry = (action: string, data: Record<string, unknown> | null = null): AuditEntryView => ({
  id: 1,
  actor: { id: 3, fullName: "Ana Admin", email: "ana@example.test" },
  action,
  entity: "Invoice",
  entityId: 12,
  data,
  ip: null,
  createdAt: "2026-03-01T00:00:00.000Z",
});
const wording = (locale: "en" | "id") => ({ audit: translatorFor(locale, "AdminAudit"), actions: translatorFor(locale, "AuditActions") });

describe("audit sentences", () => {
  it("know every action the code writes", () => {
    const written = new Set<string>();
    for (const path of readdirSync("lib", { recursive: true, encoding: "utf8" }).filter((path) => path.endsWith(".ts") && !path.startsWith("generated"))) {
      for (const line of readFileSync(join("lib", path), "utf8").split("\n").filter((line) => /\baction: /.test(line))) {
        for (const [, action] of line.matchAll(/"([a-z]+\.[a-zA-Z_]+)"/g)) written.add(action as string);
      }
    }
    expect(written.size).toBeGreaterThan(20);
    expect([...written].filter((action) => !(AUDIT_ACTIONS as readonly string[]).includes(action))).toEqual([]);
  });

  it("word every known action in both languages, with who did it", () => {
    for (const locale of ["en", "id"] as const) {
      for (const action of AUDIT_ACTIONS) {
        const sentence = auditSentence(entry(action, { userId: 7, from: "STUDENT", to: "TEACHER" }), wording(locale));
        expect(sentence, `${locale} ${action}`).not.toContain("{");
        if (!["auth.sign_in_failed", "auth.sign_ins_paused"].includes(action)) expect(sentence, `${locale} ${action}`).toContain("Ana Admin");
      }
    }
  });

  it("name every known action in both languages, for the log's action filter", () => {
    for (const locale of ["en", "id"] as const) {
      const name = translatorFor(locale, "AuditActionNames");
      for (const action of AUDIT_ACTIONS) expect(name(action), `${locale} ${action}`).not.toBe(action);
    }
    expect(translatorFor("id", "AuditActionNames")("invoice.markPaid")).toBe("Tagihan ditandai lunas");
  });

  it("read as people would say them", () => {
    expect(auditSentence(entry("invoice.markPaid", { userId: 7 }), wording("en"))).toBe("Ana Admin marked invoice #12 of user #7 paid");
    expect(auditSentence(entry("invoice.markPaid", { userId: 7 }), wording("id"))).toBe("Ana Admin menandai tagihan #12 milik pengguna #7 lunas");
    expect(auditSentence({ ...entry("user.role_change", { from: "STUDENT", to: "TEACHER" }), entity: "User" }, wording("en"))).toBe(
      "Ana Admin changed the role of user #12 from student to teacher",
    );
    expect(auditSentence({ ...entry("auth.sign_ins_paused", { seconds: 60 }), actor: null }, wording("id"))).toBe(
      "Upaya masuk ke pengguna #12 dijeda 60 detik setelah kegagalan berulang",
    );
  });

  it("fall back to the raw action for one the catalog does not know", () => {
    expect(auditSentence(entry("payout.send", { amount: 5 }), wording("en"))).toBe("Ana Admin: payout.send on Invoice #12");
    expect(auditSentence({ ...entry("payout.send"), actor: null, entityId: null }, wording("id"))).toBe("Sistem: payout.send pada Invoice #–");
  });
});
