import { assignment, handout, lesson, link, question, quiz, video } from "../build";
import type { CourseSpec } from "../course-types";

export const modernJavascriptFoundations: CourseSpec = {
  slug: "modern-javascript-foundations",
  title: "Modern JavaScript Foundations",
  teacher: "teacher@example.com",
  category: "web-development",
  priceIDR: 0,
  daysAgo: 160,
  description: `Learn the JavaScript that makes web pages interactive, from values and functions to asynchronous code that talks to an API.

## What you will learn
- Values, types, \`let\` and \`const\`, and how equality works
- Functions, arrays and objects, and the array methods you will use every day
- Promises and \`async\`/\`await\`, and what the event loop does while you wait
- Fetching JSON from a real API and handling its errors

## Who this course is for
Beginners who have written a little HTML and CSS and want to make their pages do something. No programming experience is needed.`,
  modules: [
    {
      title: "Getting started",
      description: "Run JavaScript in the browser and learn its basic building blocks.",
      contents: [
        lesson(
          "Running your first script",
          `## Where JavaScript runs
Every modern browser ships a JavaScript engine. The quickest way to try code is the **console**: open the developer tools (F12, or Cmd+Option+J on a Mac), choose the *Console* tab and type an expression.

\`\`\`js
2 + 3;             // 5
"Hello, " + "Ayu"; // "Hello, Ayu"
\`\`\`

## Adding a script to a page
Anything longer than a line belongs in a file that your HTML loads:

\`\`\`html
<script src="app.js" defer></script>
\`\`\`

\`defer\` runs the script after the browser has read the whole page, so your code can find every element on it.

## Printing while you learn
\`console.log()\` writes any value to the console. Use it freely: looking at the values your program works with is the fastest way to understand what it does.`,
        ),
        lesson(
          "Values, variables and types",
          `## Declaring variables
Use \`const\` for a name that always points to the same value and \`let\` for one you will reassign. Avoid the older \`var\`: its scoping rules are surprising.

\`\`\`js
const courseName = "Modern JavaScript Foundations";
let lessonsDone = 3;
lessonsDone += 1; // fine: a let variable can be reassigned
\`\`\`

\`const\` protects the *name*, not the value: an array declared with \`const\` can still have items pushed into it.

## The primitive types
- **string**: text, in single, double or backtick quotes
- **number**: whole numbers and decimals alike (\`42\`, \`0.5\`)
- **boolean**: \`true\` or \`false\`
- **null** and **undefined**: "no value", set on purpose or by default
- **bigint** and **symbol**: rarer, for very large integers and unique keys

\`typeof 42\` tells you the type of a value: \`"number"\`.

## Comparing values
Compare with \`===\`, which checks type and value. The loose \`==\` converts types first, so \`0 == ""\` is \`true\`, which is almost never what you meant.`,
        ),
        video(
          "JavaScript in one hour (Programming with Mosh)",
          "https://www.youtube.com/watch?v=W6NZfCO5SIk",
          "A fast-paced tour of the language basics. Watch the first 30 minutes now; the rest previews the next module.",
        ),
        link(
          "MDN: JavaScript Guide",
          "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide",
          "Mozilla's guide to the language. Read the chapter \"Grammar and types\" alongside this module.",
        ),
      ],
    },
    {
      title: "Functions and collections",
      description: "Name your logic once and reuse it; work with lists of data.",
      contents: [
        lesson(
          "Writing functions",
          `## Declaring a function
A function names a piece of logic so you can run it again with different inputs:

\`\`\`js
function priceWithTax(price, rate = 0.11) {
  return Math.round(price * (1 + rate));
}

priceWithTax(100000);       // 111000
priceWithTax(100000, 0.05); // 105000
\`\`\`

\`rate = 0.11\` is a *default parameter*: it applies when the caller leaves the argument out.

## Arrow functions
Short functions, especially ones passed to other functions, are usually written as arrows:

\`\`\`js
const double = (n) => n * 2;
\`\`\`

An arrow with an expression after \`=>\` returns that expression; with a block \`{ ... }\` it needs an explicit \`return\`.

## Keep functions small
A good function does one thing and its name says what. If you need the word "and" to describe it, split it in two.`,
        ),
        lesson(
          "Transforming arrays",
          `Most everyday programming turns one list into another. Three methods cover nearly all of it.

\`\`\`js
const prices = [120000, 45000, 99000];

const withTax = prices.map((p) => Math.round(p * 1.11));
// [133200, 49950, 109890]
const affordable = withTax.filter((p) => p < 100000);
// [49950]
const total = withTax.reduce((sum, p) => sum + p, 0);
// 293040
\`\`\`

- **map** makes a new array with every item transformed
- **filter** makes a new array with only the items that pass a test
- **reduce** folds the whole array into a single value

None of them changes \`prices\`. Methods such as \`push\`, \`sort\` and \`splice\` do change the array they are called on, which is a common source of bugs when the same array is used elsewhere.

## Objects
An object groups named values. Destructuring takes them apart again:

\`\`\`js
const course = { title: "CSS Grid", lessons: 12 };
const { title, lessons } = course;
\`\`\``,
        ),
        handout("Array methods cheat sheet", "A one-page summary of the array methods in this module, and which of them change the original array.", {
          fileName: "array-methods-cheat-sheet.pdf",
          title: "JavaScript array methods",
          sections: [
            {
              heading: "Transform (return a new array or value)",
              lines: [
                "- map(fn): a new array with fn applied to every item",
                "- filter(fn): a new array with the items for which fn returns true",
                "- reduce(fn, start): one value, built up item by item from start",
                "- slice(start, end): a copy of part of the array",
                "- toSorted(), toReversed(): sorted or reversed copies (ES2023)",
              ],
            },
            {
              heading: "Search",
              lines: [
                "- find(fn): the first item for which fn returns true, or undefined",
                "- findIndex(fn): its position, or -1",
                "- some(fn), every(fn): whether any / all items pass the test",
                "- includes(value): whether the value is in the array",
              ],
            },
            {
              heading: "Change the original array",
              lines: [
                "- push, pop: add or remove at the end",
                "- unshift, shift: add or remove at the start",
                "- splice: remove or insert items anywhere",
                "- sort, reverse: reorder in place",
                "Copy first ([...items]) when other code still needs the original order.",
              ],
            },
          ],
        }),
        quiz(
          "Check your understanding: values and arrays",
          "Four questions on this module and the one before. You need 70% to pass and have three attempts.",
          [
            question("Which keyword declares a variable that cannot be reassigned?", [
              ["let", false],
              ["const", true],
              ["var", false],
            ]),
            question("What does `[1, 2, 3].map((n) => n * 2)` return?", [
              ["12", false],
              ["[2, 4, 6]", true],
              ["[1, 2, 3]", false],
              ["undefined", false],
            ]),
            question(
              "Which of these methods return a new array and leave the original unchanged?",
              [
                ["map", true],
                ["push", false],
                ["filter", true],
                ["sort", false],
              ],
              2,
            ),
            question('What does `0 === ""` evaluate to?', [
              ["true", false],
              ["false", true],
            ]),
          ],
          { maxAttempts: 3, shuffleOptions: true },
        ),
      ],
    },
    {
      title: "Asynchronous JavaScript",
      description: "Wait for the network without freezing the page.",
      contents: [
        lesson(
          "Promises and async/await",
          `## Why code has to wait
A network request takes anywhere from a few milliseconds to several seconds. JavaScript runs on a single thread, so it cannot simply stop and wait: the page would freeze. Instead, slow operations return a **Promise**, an object that will later hold either a result or an error.

## Writing the waiting in a straight line
Inside an \`async\` function, \`await\` pauses *that function* until the promise settles, while the rest of the page keeps working:

\`\`\`js
async function loadCourses() {
  const response = await fetch("/api/v1/courses?limit=3");
  const { data } = await response.json();
  return data.courses;
}
\`\`\`

Note the two \`await\`s: one for the response to arrive and one for its body to be read and parsed.

## Handling failure
A rejected promise throws at the \`await\`, so ordinary \`try\`/\`catch\` works:

\`\`\`js
try {
  const courses = await loadCourses();
  render(courses);
} catch (error) {
  showMessage("Could not load courses. Please try again.");
}
\`\`\``,
        ),
        video(
          "What the heck is the event loop anyway? (Philip Roberts, JSConf EU 2014)",
          "https://www.youtube.com/watch?v=8aGhZQkoFbQ",
          "The classic 26-minute talk on the call stack, the task queue and why a slow loop freezes the page.",
        ),
        lesson(
          "Fetching data from an API",
          `## Check the status before the body
\`fetch\` only rejects when the request could not be made at all (no network, for example). A 404 or 500 answer still *resolves*, so check \`response.ok\` yourself:

\`\`\`js
async function getJson(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(\`Request failed with status \${response.status}\`);
  return response.json();
}
\`\`\`

## Sending data
Pass a method, headers and a body:

\`\`\`js
await fetch("/api/v1/notes", {
  method: "POST",
  headers: { "Content-Type": "application/json" },
  body: JSON.stringify({ text: "Finished the async module" }),
});
\`\`\`

## Be kind to the server
When a request follows the user's typing, wait until they pause (a *debounce* of 250 to 400 ms) instead of sending one request per keystroke.`,
        ),
        link(
          "MDN: Using the Fetch API",
          "https://developer.mozilla.org/en-US/docs/Web/API/Fetch_API/Using_Fetch",
          "The reference for requests, responses, headers and error handling.",
        ),
        quiz(
          "Async quiz",
          "Three questions on promises and fetch. Retake it as often as you like.",
          [
            question("What does calling an `async` function return?", [
              ["The value of its return statement, immediately", false],
              ["A Promise", true],
              ["undefined", false],
            ]),
            question("A server answers `fetch` with status 404. What happens?", [
              ["The promise rejects with a network error", false],
              ["The promise resolves and `response.ok` is false", true],
              ["The browser retries the request", false],
            ]),
            question(
              "Which statements about `await` are true?",
              [
                ["It pauses only the async function it is in", true],
                ["It freezes the whole page until the promise settles", false],
                ["A rejected promise makes it throw, so try/catch handles the error", true],
              ],
              2,
            ),
          ],
        ),
        assignment(
          "Build a course search box",
          `Build a small page with a text input that lists matching course titles from \`/api/v1/courses?q=...\` as the user types.

## Requirements
- Wait until the user pauses typing before sending a request (debounce).
- Show "No courses found" when the list is empty and a friendly message when the request fails.
- Keep only the latest answer: a slow earlier response must not overwrite a newer one.

## What to submit
- A link to your code (a GitHub repository, CodePen or similar).
- One paragraph explaining how you avoided sending a request on every keystroke and how you handled out-of-order responses.`,
          { submissionKinds: ["URL", "TEXT"], dueInDays: 14 },
        ),
      ],
    },
  ],
};
