import { describe, expect, it } from "vitest";
import { expectConsoleError } from "./console-error";

describe("console.error during a test", () => {
  it.fails("fails the test", () => {
    console.error("something went wrong");
  });

  it("passes when the test declares the error it provokes", () => {
    expectConsoleError(/went wrong on purpose/);
    console.error("something went wrong on purpose");
    expect(true).toBe(true);
  });

  it.fails("fails when a declared error never comes", () => {
    expectConsoleError(/never printed/);
  });
});
