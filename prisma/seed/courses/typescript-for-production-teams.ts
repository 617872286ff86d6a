import { assignment, handout, lesson, link, question, quiz, video } from "../build";
import type { CourseSpec } from "../course-types";

export const typescriptForProductionTeams: CourseSpec = {
  slug: "typescript-for-production-teams",
  title: "TypeScript for Production Teams",
  teacher: "teacher@example.com",
  category: "web-development",
  priceIDR: 349000,
  daysAgo: 60,
  description: `Move a real codebase to TypeScript and keep it maintainable as the team grows.

## What you will learn
- Modelling your domain with unions, narrowing and generics
- The strict compiler settings that catch real bugs
- Validating untrusted input at the edges with zod
- Migrating a JavaScript project one file at a time, with CI green throughout

## Who this course is for
Developers who already write JavaScript professionally. Includes a capstone project graded by the instructor.`,
  modules: [
    {
      title: "Types that describe your domain",
      description: "Let the compiler know what your data can and cannot be.",
      contents: [
        lesson(
          "Why static types pay off",
          `## Errors before run time
A type checker reads your code without running it and reports calls that cannot work:

\`\`\`ts
function formatPrice(amount: number): string {
  return \`Rp \${amount.toLocaleString("id-ID")}\`;
}

formatPrice("149000"); // error: string is not assignable to number
\`\`\`

## Inference does most of the work
You rarely annotate local variables. TypeScript infers \`const total = 3\` as a number and \`[1, 2].map(String)\` as \`string[]\`. Annotate **function parameters** and **exported return types**: those are the contracts other people read.

## What you get back
- Renaming a field updates every use, or shows you each one it cannot
- The editor completes property names and shows documentation
- A reviewer sees the shape of the data without running the code`,
        ),
        lesson(
          "Unions beat booleans",
          `## Model states, not flags
Two booleans allow four combinations, and usually only three make sense. A *discriminated union* lists exactly the states that can exist:

\`\`\`ts
type Enrollment =
  | { status: "unpaid"; invoiceId: number }
  | { status: "in-progress"; progress: number }
  | { status: "completed"; certificateCode: string };
\`\`\`

## Narrowing
Checking the \`status\` field narrows the type, so each branch can only touch the fields that exist in that state:

\`\`\`ts
function label(enrollment: Enrollment): string {
  switch (enrollment.status) {
    case "unpaid":
      return \`Awaiting payment of invoice \${enrollment.invoiceId}\`;
    case "in-progress":
      return \`\${enrollment.progress}% done\`;
    case "completed":
      return \`Certificate \${enrollment.certificateCode}\`;
    default: {
      const unhandled: never = enrollment;
      return unhandled;
    }
  }
}
\`\`\`

The \`never\` line makes the compiler fail the build when someone adds a fourth state and forgets this function.`,
        ),
        video(
          "TypeScript tutorial for beginners (Programming with Mosh)",
          "https://www.youtube.com/watch?v=d56mG7DezGs",
          "An hour-long refresher of the basics: annotations, inference, interfaces and compiler options. Skip ahead if you know them.",
        ),
        link(
          "TypeScript Handbook: Narrowing",
          "https://www.typescriptlang.org/docs/handbook/2/narrowing.html",
          "The official chapter on typeof, in, instanceof and discriminated unions.",
        ),
      ],
    },
    {
      title: "Strictness and validation",
      description: "Turn on the checks that matter, and trust nothing that comes from outside.",
      contents: [
        lesson(
          "The strict flags that catch real bugs",
          `## Start with strict
\`"strict": true\` switches on a family of checks. The two that catch the most bugs:

- **strictNullChecks**: \`null\` and \`undefined\` are not silently part of every type, so you must handle "not found"
- **noImplicitAny**: a parameter without a type is an error, not a silent \`any\`

## Then go further
\`\`\`json
{
  "compilerOptions": {
    "strict": true,
    "noUncheckedIndexedAccess": true,
    "noImplicitOverride": true,
    "verbatimModuleSyntax": true
  }
}
\`\`\`

With **noUncheckedIndexedAccess**, \`items[0]\` has the type \`Item | undefined\`. That is exactly the truth: the array might be empty.

## Turning it on in an existing project
Enable one flag at a time, fix or explicitly mark the errors it finds, and merge. A flag that stays on is worth more than a perfect configuration that was reverted.`,
        ),
        lesson(
          "Validate at the edges",
          `## Types vanish at run time
TypeScript checks your code, not your users. A request body, a CSV file or an environment variable can contain anything, whatever its declared type says.

## Parse once, where data enters
Describe the expected shape with a schema, parse the input at the boundary and let everything behind it trust the types:

\`\`\`ts
import { z } from "zod";

const ZSignup = z.object({
  email: z.email(),
  password: z.string().min(8),
});
type Signup = z.infer<typeof ZSignup>;

const result = ZSignup.safeParse(await request.json());
if (!result.success) return badRequest(result.error.issues);
createAccount(result.data); // typed as Signup
\`\`\`

One schema then serves as the run-time check, the static type and, with a generator, the API documentation.`,
        ),
        handout("Recommended tsconfig for a team", "The compiler settings this course uses, with one line on what each one catches.", {
          fileName: "tsconfig-for-teams.pdf",
          title: "A tsconfig.json for production teams",
          sections: [
            {
              heading: "Type checking",
              lines: [
                "- strict: true - null checks, no implicit any, strict function types and more",
                "- noUncheckedIndexedAccess: true - items[i] may be undefined, and the types say so",
                "- noImplicitOverride: true - overriding a method needs the override keyword",
                "- noFallthroughCasesInSwitch: true - a case with code cannot fall through to the next one",
              ],
            },
            {
              heading: "Modules",
              lines: [
                "- verbatimModuleSyntax: true - type-only imports are written as import type",
                "- isolatedModules: true - every file can be compiled on its own by fast tools",
                "- moduleResolution: bundler - matches how modern bundlers find files",
              ],
            },
            {
              heading: "Rolling it out",
              lines: [
                "1. Add allowJs and checkJs: false, so JavaScript and TypeScript files live side by side.",
                "2. Turn on one strict flag per pull request and fix what it finds.",
                "3. Track the number of any and @ts-expect-error in CI; it should only go down.",
              ],
            },
          ],
        }),
        link(
          "TSConfig reference",
          "https://www.typescriptlang.org/tsconfig",
          "Every compiler option with examples. Look up any flag you meet in this module.",
        ),
        quiz(
          "Strict mode quiz",
          "Four questions; you need 75% to pass and have two attempts. Answers are not revealed, so check the lessons before you retry.",
          [
            question("Which option gives `items[0]` the type `Item | undefined`?", [
              ["strictNullChecks", false],
              ["noImplicitAny", false],
              ["noUncheckedIndexedAccess", true],
            ]),
            question("Where should untrusted input be validated?", [
              ["Where it enters the system", true],
              ["In every function that uses it", false],
              ["Only in the database constraints", false],
            ]),
            question(
              "Which of these narrow a union type?",
              [
                ["A `typeof` check", true],
                ["Comparing a discriminant property such as `status`", true],
                ["A type assertion with `as`", false],
                ["An `in` check for a property name", true],
              ],
              2,
            ),
            question("What does assigning a value to a variable of type `never` in a `default` branch achieve?", [
              ["It makes the code run faster", false],
              ["The build fails when a union gains a case the switch does not handle", true],
              ["It silences errors in the other branches", false],
            ]),
          ],
          { passMark: 75, maxAttempts: 2, shuffleQuestions: true, shuffleOptions: true, showCorrectAnswers: false },
        ),
      ],
    },
    {
      title: "Generics and migration",
      description: "Write reusable typed code, then bring an existing project along.",
      contents: [
        lesson(
          "Generics without the fear",
          `## A type parameter is an input
A generic function keeps the link between what goes in and what comes out:

\`\`\`ts
function first<T>(items: readonly T[]): T | undefined {
  return items[0];
}

const name = first(["Sari", "Budi"]); // string | undefined
const price = first([149000, 99000]); // number | undefined
\`\`\`

Without \`<T>\` the result would be \`unknown\` or \`any\`, and every caller would need a cast.

## Constraints
\`extends\` says what a type parameter must at least have:

\`\`\`ts
function byId<T extends { id: number }>(items: T[]): Map<number, T> {
  return new Map(items.map((item) => [item.id, item]));
}
\`\`\`

## When not to use them
If a type parameter appears only once in a signature, it adds nothing. Reach for generics when two or more positions must agree.`,
        ),
        lesson(
          "Migrating one file at a time",
          `## Order of work
1. Add a \`tsconfig.json\` with \`allowJs\` so the compiler understands the existing files.
2. Rename **leaf modules** first: files that import nothing of yours. Their types then flow upward to everything that uses them.
3. Type the boundaries (API responses, form input) with schemas, not with \`as\`.
4. Keep CI green after every step. A long-lived migration branch never merges.

## Measure progress
Count the remaining \`.js\` files and explicit \`any\`s in CI and publish the numbers. A chart that goes down every week keeps a migration alive far better than a deadline.`,
        ),
        assignment(
          "Type a legacy module",
          `Convert a real JavaScript module of at least 200 lines to TypeScript with \`strict\` and \`noUncheckedIndexedAccess\` on.

## Requirements
- No \`any\` and no \`as\` casts, except where you explain in a comment why it is safe.
- Untrusted input (request bodies, files, environment) is parsed with a schema.
- The project's tests still pass.

## What to submit
- A link to the pull request or diff.
- A short note listing the bugs or unclear behaviour the compiler found, and how you resolved each.

The assignment counts as complete when it is graded 70 or higher.`,
          { submissionKinds: ["URL", "TEXT"], dueInDays: 30, passMark: 70 },
        ),
      ],
    },
  ],
};
