// The content input rules, without a database: each type's fields, labels read in any case,
// and field errors that point at the offending question.
import { describe, expect, it } from "vitest";
import { contentPatchFields, ZCreateContentInput } from "@/lib/contents/schemas";
import { parseInput } from "@/lib/errors";
import { fail } from "../helpers/errors";

const option = (text: string, isCorrect = false) => ({ text, isCorrect });
const question = (overrides: Record<string, unknown> = {}) => ({ prompt: "2 + 2?", options: [option("4", true), option("5")], ...overrides });
const fieldErrors = async (input: unknown) => (await fail(() => parseInput(ZCreateContentInput, input)))?.fieldErrors;

describe("content input", () => {
  it("reads the type as a label or identifier in any case", () => {
    for (const type of ["Lesson", "LESSON", "lesson", "lEsSoN"]) {
      expect(parseInput(ZCreateContentInput, { type, title: " Intro ", body: "# Hi" })).toEqual({ type: "LESSON", title: "Intro", body: "# Hi" });
    }
  });

  it("names the type field when the type is unknown or missing", async () => {
    expect(await fieldErrors({ type: "Podcast", title: "x" })).toEqual([
      { field: "type", message: "Type must be one of: Lesson, Video, Link, File, Quiz, Assignment." },
    ]);
    expect(await fieldErrors({ title: "x" })).toEqual([{ field: "type", message: "Type must be one of: Lesson, Video, Link, File, Quiz, Assignment." }]);
  });

  it("requires a title and bounds the lesson body", async () => {
    expect(await fieldErrors({ type: "Lesson", title: "   " })).toEqual([{ field: "title", message: "title is required" }]);
    expect(await fieldErrors({ type: "Lesson", title: "x", body: "a".repeat(100_001) })).toEqual([
      { field: "body", message: "body must be at most 100000 characters" },
    ]);
  });

  it("takes only video URLs it can play, and http(s) links", async () => {
    expect(parseInput(ZCreateContentInput, { type: "Video", title: "v", url: "https://youtu.be/dQw4w9WgXcQ" })).toMatchObject({ url: "https://youtu.be/dQw4w9WgXcQ" });
    expect(await fieldErrors({ type: "Video", title: "v", url: "https://example.com/page" })).toEqual([
      { field: "url", message: "Use a YouTube or Vimeo link, or an https link to an .mp4 or .webm file." },
    ]);
    expect(await fieldErrors({ type: "Link", title: "l", url: "javascript:alert(1)" })).toEqual([
      { field: "url", message: "url must be a web address starting with http:// or https://" },
    ]);
    expect(parseInput(ZCreateContentInput, { type: "link", title: "l", url: "http://example.com/a", description: "Read it" })).toEqual({
      type: "LINK",
      title: "l",
      url: "http://example.com/a",
      description: "Read it",
    });
  });

  it("checks every quiz question, pointing at the question's options", async () => {
    const questions = [question(), question({ type: "MULTIPLE_CHOICE", options: [option("a"), option("b")] }), question({ options: [option("a", true), option("b", true)] })];
    expect(await fieldErrors({ type: "Quiz", title: "q", passMark: 50, questions })).toEqual([
      { field: "questions.1.options", message: "Mark at least one option as correct." },
      { field: "questions.2.options", message: "A single-choice question has exactly one correct option." },
    ]);
    expect(await fieldErrors({ type: "Quiz", title: "q", passMark: 50, questions: [question({ options: [option("only", true)] })] })).toEqual([
      { field: "questions.0.options", message: "A question needs at least 2 options." },
    ]);
    expect(await fieldErrors({ type: "Quiz", title: "q", passMark: 101, maxAttempts: 11, questions: [] })).toEqual([
      { field: "questions", message: "A quiz needs at least one question." },
      { field: "passMark", message: "passMark must be at most 100" },
      { field: "maxAttempts", message: "maxAttempts must be at most 10" },
    ]);
  });

  it("reads question types as labels and fills question defaults", () => {
    const quiz = parseInput(ZCreateContentInput, {
      type: "QUIZ",
      title: "q",
      passMark: 60,
      maxAttempts: null,
      questions: [question({ type: "Multiple choice", options: [option("a", true), option("b", true), { text: "c" }] })],
    });
    expect(quiz).toMatchObject({ maxAttempts: null, questions: [{ type: "MULTIPLE_CHOICE", points: 1, options: [{ isCorrect: true }, { isCorrect: true }, { text: "c", isCorrect: false }] }] });
  });

  it("needs a pass mark for an assignment completed on a passing grade", async () => {
    expect(await fieldErrors({ type: "Assignment", title: "a", completionRule: "On passing grade" })).toEqual([
      { field: "passMark", message: "Set a pass mark to complete the assignment on a passing grade." },
    ]);
    expect(await fieldErrors({ type: "Assignment", title: "a", submissionKinds: [] })).toEqual([{ field: "submissionKinds", message: "Choose at least one way to submit." }]);
    expect(await fieldErrors({ type: "Assignment", title: "a", dueAt: "2026-12-31 23:59" })).toEqual([
      { field: "dueAt", message: "dueAt must be an ISO 8601 date and time with a time zone, e.g. 2026-12-31T23:59:00+07:00" },
    ]);
    expect(
      parseInput(ZCreateContentInput, {
        type: "assignment",
        title: "a",
        dueAt: "2026-12-31T23:59:00+07:00",
        submissionKinds: ["text", "URL", "Text", "FILE"],
        completionRule: "ON_PASSING_GRADE",
        passMark: 70,
      }),
    ).toMatchObject({ dueAt: new Date("2026-12-31T16:59:00Z"), submissionKinds: ["TEXT", "URL", "FILE"], completionRule: "ON_PASSING_GRADE", passMark: 70 });
  });

  it("lets a PATCH name any subset of its type's fields, without defaults", () => {
    expect(parseInput(contentPatchFields("QUIZ"), { shuffleOptions: true })).toEqual({ shuffleOptions: true });
    expect(parseInput(contentPatchFields("ASSIGNMENT"), { position: 2, moduleId: 7, type: "Assignment" })).toEqual({ position: 2, moduleId: 7, type: "ASSIGNMENT" });
    expect(parseInput(contentPatchFields("LESSON"), {})).toEqual({});
  });
});

describe("parsed input", () => {
  it("parses again to the same value, as the domain re-reads what a route parsed", () => {
    const inputs = [
      { type: "Assignment", title: "a", dueAt: "2026-12-31T23:59:00+07:00", submissionKinds: ["url"], completionRule: "On passing grade", passMark: 50 },
      { type: "quiz", title: "q", passMark: 60, questions: [question({ type: "Multiple choice" })] },
      { type: "VIDEO", title: " v ", url: " https://youtu.be/dQw4w9WgXcQ " },
    ];
    for (const input of inputs) {
      const once = parseInput(ZCreateContentInput, input);
      expect(parseInput(ZCreateContentInput, once)).toEqual(once);
    }
    const patch = parseInput(contentPatchFields("ASSIGNMENT"), { dueAt: "2027-01-01T00:00:00Z" });
    expect(parseInput(contentPatchFields("ASSIGNMENT"), patch)).toEqual({ dueAt: new Date("2027-01-01T00:00:00Z") });
  });
});
