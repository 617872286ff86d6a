// The API answers in the contract's English by default and in Indonesian when the client
// prefers it: the same status, codes and fields, only the words differ.
import { expect, test } from "../support/fixtures";

const badRegistration = { fullName: "", email: "not an address", password: "short" };

test("a bad registration: English by default, Indonesian with Accept-Language: id", async ({ request }) => {
  const send = (headers: Record<string, string> = {}) =>
    request.post("/api/v1/auth/register", { data: badRegistration, headers: { "content-type": "application/json", ...headers } });

  const english = await send();
  const indonesian = await send({ "accept-language": "id-ID,id;q=0.9,en;q=0.8" });
  expect([english.status(), indonesian.status()]).toEqual([400, 400]);
  expect(await english.json()).toEqual({
    success: false,
    statusCode: 400,
    message: "Validation failed.",
    data: null,
    errors: [
      { field: "fullName", message: "Full name is required." },
      { field: "email", message: "Enter a valid email address." },
      { field: "password", message: "Password must be at least 8 characters." },
    ],
  });
  expect(await indonesian.json()).toEqual({
    success: false,
    statusCode: 400,
    message: "Validasi gagal.",
    data: null,
    errors: [
      { field: "fullName", message: "Nama lengkap wajib diisi." },
      { field: "email", message: "Masukkan alamat email yang valid." },
      { field: "password", message: "Kata sandi minimal 8 karakter." },
    ],
  });

  // English wins when the client ranks it higher.
  expect((await (await send({ "accept-language": "id;q=0.5, en" })).json()).message).toBe("Validation failed.");
});

test("errors outside any route and success messages follow the same rule", async ({ request }) => {
  const missing = await request.get("/api/v1/no-such-thing", { headers: { "accept-language": "id" } });
  expect([missing.status(), (await missing.json()).message]).toEqual([404, "Endpoint API ini tidak ada."]);

  const wrongMethod = await request.delete("/api/v1/courses", { headers: { "accept-language": "id" } });
  expect([wrongMethod.status(), (await wrongMethod.json()).message]).toEqual([405, "Metode DELETE tidak diizinkan di sini. Yang diizinkan: GET, POST, HEAD, OPTIONS."]);

  const courses = await request.get("/api/v1/courses", { headers: { "accept-language": "id" } });
  expect([courses.status(), (await courses.json()).message]).toEqual([200, "Semua kursus berhasil diambil."]);
  expect((await (await request.get("/api/v1/courses")).json()).message).toBe("Successfully retrieved all courses.");
});
