// Seed-001 auth and user flows as an external client does them, over real HTTP.
import { expect, test, TEST_PASSWORD } from "../support/fixtures";
import { latestMail, linkIn, tokenOf, uniqueEmail } from "../support/accounts";

const json = (data: unknown) => ({ data, headers: { "content-type": "application/json" } });

test("register → activate → login → me → refresh → logout", async ({ request }) => {
  const email = uniqueEmail("api");
  const register = await request.post("/api/v1/auth/register", json({ fullName: "John Doe", email, password: "Weakpassword321" }));
  expect(register.status()).toBe(201);
  const registered = await register.json();
  expect(registered).toMatchObject({ success: true, statusCode: 201, message: "Successfully registered a new user account.", errors: null });
  expect(registered.data.user.id).toEqual(expect.any(Number));

  const early = await request.post("/api/v1/auth/login", json({ email, password: "Weakpassword321" }));
  expect(early.status()).toBe(403);
  expect((await early.json()).message).toMatch(/not activated/);

  const token = tokenOf(linkIn(await latestMail(request, email, /activate/i), "/activate"));
  expect((await request.post("/api/v1/auth/activate", json({ token }))).status()).toBe(200);

  const login = await request.post("/api/v1/auth/login", json({ email, password: "Weakpassword321" }));
  expect(login.status()).toBe(200);
  const { data } = await login.json();
  expect(data).toMatchObject({ accessToken: expect.any(String), refreshToken: expect.any(String), expiresIn: 900, tokenType: "Bearer" });
  const auth = { Authorization: `Bearer ${data.accessToken}` };

  const me = await (await request.get("/api/v1/users/me", { headers: auth })).json();
  expect(me.data.user).toMatchObject({ id: registered.data.user.id, email, fullName: "John Doe", role: "Student", memberLevel: "Basic" });
  expect(JSON.stringify(me)).not.toMatch(/passwordHash|argon2/);

  const patched = await request.patch(`/api/v1/users/${me.data.user.id}`, { ...json({ fullName: "Jack Day" }), headers: { ...auth, "content-type": "application/json" } });
  expect((await patched.json()).data.user.fullName).toBe("Jack Day");

  const refreshed = await request.post("/api/v1/auth/refresh", json({ refreshToken: data.refreshToken }));
  expect(refreshed.status()).toBe(200);
  const next = (await refreshed.json()).data;
  expect(next.refreshToken).not.toBe(data.refreshToken);

  const logout = await request.post("/api/v1/auth/logout", { headers: { Authorization: `Bearer ${next.accessToken}` } });
  expect(await logout.json()).toEqual({ success: true, statusCode: 200, message: "Successfully logged out.", data: null, errors: null });
  expect((await request.get("/api/v1/users/me", { headers: { Authorization: `Bearer ${next.accessToken}` } })).status()).toBe(401);
  expect((await request.post("/api/v1/auth/refresh", json({ refreshToken: next.refreshToken }))).status()).toBe(401);
});

test("forgot → reset password over the API, with the same answer for unknown emails", async ({ request, user }) => {
  const known = await request.post("/api/v1/auth/forgot-password", json({ email: user.email }));
  const unknown = await request.post("/api/v1/auth/forgot-password", json({ email: uniqueEmail("ghost") }));
  expect(known.status()).toBe(200);
  expect(unknown.status()).toBe(200);
  expect((await known.json()).message).toBe((await unknown.json()).message);

  const token = tokenOf(linkIn(await latestMail(request, user.email, /reset/i), "/reset-password"));
  const reset = await request.post("/api/v1/auth/reset-password", json({ token, newPassword: "second passphrase", confirmNewPassword: "second passphrase" }));
  expect(await reset.json()).toMatchObject({ success: true, message: "Successfully reset your password.", data: { user: { email: user.email } } });
  expect((await request.post("/api/v1/auth/login", json({ email: user.email, password: TEST_PASSWORD }))).status()).toBe(401);
  expect((await request.post("/api/v1/auth/login", json({ email: user.email, password: "second passphrase" }))).status()).toBe(200);
});

test("the OAuth2 token endpoint takes form posts with the password and refresh_token grants", async ({ request, user }) => {
  const form = (data: Record<string, string>) => request.post("/api/v1/auth/token", { form: data });
  const granted = await form({ grant_type: "password", username: user.email, password: TEST_PASSWORD });
  expect(granted.status()).toBe(200);
  const body = await granted.json();
  expect(body).toMatchObject({ token_type: "Bearer", expires_in: 900, access_token: expect.any(String), refresh_token: expect.any(String) });
  expect(granted.headers()["cache-control"]).toContain("no-store");

  const refreshed = await (await form({ grant_type: "refresh_token", refresh_token: body.refresh_token })).json();
  expect(refreshed.access_token).toEqual(expect.any(String));

  const wrong = await form({ grant_type: "password", username: user.email, password: "wrong password" });
  expect(wrong.status()).toBe(400);
  expect((await wrong.json()).error).toBe("invalid_grant");
  expect((await (await form({ grant_type: "client_credentials" })).json()).error).toBe("unsupported_grant_type");
});

test("bad bodies get 415, 400 and 409 with field errors, never 500", async ({ request, user }) => {
  const formBody = await request.post("/api/v1/auth/register", { data: "fullName=x", headers: { "content-type": "application/x-www-form-urlencoded" } });
  expect(formBody.status()).toBe(415);
  const malformed = await request.post("/api/v1/auth/register", { data: "{not json", headers: { "content-type": "application/json" } });
  expect(malformed.status()).toBe(400);
  const invalid = await request.post("/api/v1/auth/register", json({ fullName: "", email: "nope", password: "short" }));
  expect(invalid.status()).toBe(400);
  expect((await invalid.json()).errors.map((e: { field: string }) => e.field).sort()).toEqual(["email", "fullName", "password"]);
  const duplicate = await request.post("/api/v1/auth/register", json({ fullName: "Dup", email: user.email, password: "long enough passphrase" }));
  expect(duplicate.status()).toBe(409);
  expect((await duplicate.json()).errors).toEqual([{ field: "email", message: "This email is already registered." }]);
});

test("who may call the user endpoints", async ({ request, make, apiToken: student, apiTokenFor }) => {
  const admin = await make.user({ role: "ADMIN" });
  const adminToken = await apiTokenFor(admin);
  await make.user({ role: "TEACHER" });
  const as = (token?: string) => (token ? { headers: { Authorization: `Bearer ${token}` } } : {});

  expect((await request.get("/api/v1/users", as())).status()).toBe(401);
  expect((await request.get("/api/v1/users", as(student))).status()).toBe(403);
  const list = await request.get("/api/v1/users?role=teacher&limit=1", as(adminToken));
  expect(list.status()).toBe(200);
  const listed = await list.json();
  expect(listed.data.users).toHaveLength(1);
  expect(listed.data.users[0].role).toBe("Teacher");
  expect(listed.pagination).toMatchObject({ currentPage: 1, currentRecords: 1 });

  expect((await request.get(`/api/v1/users/${admin.id}`, as(student))).status()).toBe(404);
  expect((await request.get("/api/v1/users/abc", as(adminToken))).status()).toBe(400);
  expect((await request.get("/api/v1/users/me", { headers: { Authorization: "Bearer not.a.token" } })).status()).toBe(401);
});
