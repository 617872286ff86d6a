// Errors, field errors and zod issues worded in English (the API contract's text) and in
// Indonesian from the same AppError: codes and fields never change with the language.
import { describe, expect, it } from "vitest";
import { ZRegisterInput } from "@/lib/auth/schemas";
import { AppError, parseInput, wordError } from "@/lib/errors";
import { portableIssues, wordIssue } from "@/lib/i18n/validation-text";
import { loadValidationWording } from "@/lib/i18n/validation-wording";
import { ZUserListQuery } from "@/lib/users/schemas";
import { fail } from "../helpers/errors";

const badRegistration = { fullName: "", email: "not an address", password: "short", role: "Admin", username: 7 };

describe("an AppError in two languages", () => {
  it("words a rule's message with its values, English by default and as .message", async () => {
    const error = new AppError("TOO_MANY_REQUESTS", { key: "tooManyAttempts", values: { minutes: 5 } });
    expect(error.message).toBe("Too many attempts. Try again in 5 minutes.");
    expect(await wordError(error, "en")).toEqual({ message: "Too many attempts. Try again in 5 minutes.", fieldErrors: [] });
    expect(await wordError(error, "id")).toEqual({ message: "Terlalu banyak percobaan. Coba lagi dalam 5 menit.", fieldErrors: [] });
  });

  it("words field errors of a failed parse, the schema's own and zod's defaults, for the same fields", async () => {
    const error = (await fail(() => parseInput(ZRegisterInput, badRegistration)))!;
    expect(error.code).toBe("BAD_REQUEST");
    const english = await wordError(error, "en");
    const indonesian = await wordError(error, "id");
    expect(english).toEqual({
      message: "Validation failed.",
      fieldErrors: [
        { field: "fullName", message: "Full name is required." },
        { field: "email", message: "Enter a valid email address." },
        { field: "password", message: "Password must be at least 8 characters." },
        { field: "username", message: "Invalid input: expected string, received number" },
        { field: "role", message: "Role must be Student or Teacher." },
      ],
    });
    expect(error.fieldErrors).toEqual(english.fieldErrors);
    expect(indonesian).toEqual({
      message: "Validasi gagal.",
      fieldErrors: [
        { field: "fullName", message: "Nama lengkap wajib diisi." },
        { field: "email", message: "Masukkan alamat email yang valid." },
        { field: "password", message: "Kata sandi minimal 8 karakter." },
        { field: "username", message: "Input tidak valid: diharapkan string, diterima number" },
        { field: "role", message: "Peran harus Siswa atau Pengajar." },
      ],
    });
  });

  it("fills a message's values from the issue: the field, the limit, the allowed options", async () => {
    const error = (await fail(() => parseInput(ZUserListQuery, { limit: "500", sort: "size", role: "Chef" })))!;
    expect((await wordError(error, "en")).fieldErrors).toEqual([
      { field: "limit", message: "limit must be at most 100" },
      { field: "role", message: "must be one of: Student, Teacher, Admin" },
      { field: "sort", message: "sort must be one of: newest, oldest, name, email, role" },
    ]);
    expect((await wordError(error, "id")).fieldErrors).toEqual([
      { field: "limit", message: "limit maksimal 100" },
      { field: "role", message: "harus salah satu dari: Student, Teacher, Admin" },
      { field: "sort", message: "sort harus salah satu dari: newest, oldest, name, email, role" },
    ]);
  });

  it("keeps literal text as it is in every language", async () => {
    expect((await wordError(new AppError("CONFLICT", "Plain text."), "id")).message).toBe("Plain text.");
  });

  it("never keeps a rejected string input, which may be a password", async () => {
    const error = await fail(() => parseInput(ZRegisterInput, { fullName: "A", email: "a@example.test", password: "secret" }));
    expect(JSON.stringify(error?.problems)).not.toContain("secret");
  });
});

describe("the browser's wording of zod issues", () => {
  it("loads the page language's messages and zod's wording in it", async () => {
    const result = ZRegisterInput.safeParse(badRegistration, { reportInput: true });
    const issues = portableIssues(result.error!.issues);
    const english = await loadValidationWording("en");
    const indonesian = await loadValidationWording("id");
    expect(issues.map((issue) => wordIssue(issue, english))).toEqual([
      "Full name is required.",
      "Enter a valid email address.",
      "Password must be at least 8 characters.",
      "Invalid input: expected string, received number",
      "Role must be Student or Teacher.",
    ]);
    expect(issues.map((issue) => wordIssue(issue, indonesian))).toEqual([
      "Nama lengkap wajib diisi.",
      "Masukkan alamat email yang valid.",
      "Kata sandi minimal 8 karakter.",
      "Input tidak valid: diharapkan string, diterima number",
      "Peran harus Siswa atau Pengajar.",
    ]);
    expect((await loadValidationWording("fr")).messages).toBe(english.messages);
  });
});
