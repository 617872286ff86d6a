// The sign-in limits count the connection's address: a client that sends a new
// X-Forwarded-For (or a forged copy of the server's own client-IP header) with every attempt
// still meets the per-account+IP limit (10 failures) on the 11th. The e2e server trusts no
// proxy (TRUST_PROXY=0). An unknown account is limited like a real one.
import { expect, test } from "../support/fixtures";
import { uniqueEmail } from "../support/accounts";

test("rotating X-Forwarded-For does not escape the sign-in limit", async ({ request }) => {
  const email = uniqueEmail("xff");
  const attempt = (n: number) =>
    request.post("/api/v1/auth/login", {
      data: { email, password: "not the password" },
      headers: { "x-forwarded-for": `198.51.100.${n}`, "x-real-ip": `198.51.100.${n}`, "x-lumen-client-ip": `203.0.113.${n}` },
    });

  for (let n = 1; n <= 10; n++) expect((await attempt(n)).status()).toBe(401);
  const eleventh = await attempt(11);
  expect(eleventh.status()).toBe(429);
  expect(Number(eleventh.headers()["retry-after"])).toBeGreaterThan(0);
  expect((await eleventh.json()).message).toMatch(/^Too many attempts/);
});
