import { assignment, handout, lesson, link, question, quiz } from "../build";
import type { CourseSpec } from "../course-types";

// Archived: out of the catalog, still readable by anyone who enrolled before.
export const legacyJqueryTechniques: CourseSpec = {
  slug: "legacy-jquery-techniques",
  title: "Legacy jQuery Techniques",
  teacher: "teacher2@example.com",
  category: "web-development",
  priceIDR: 0,
  status: "ARCHIVED",
  daysAgo: 400,
  description: `Maintain older sites that still depend on jQuery, and retire it one feature at a time.

## What you will learn
- Selecting and changing elements with \`$()\`
- Event handling and AJAX the jQuery way
- The plain JavaScript that replaces each pattern

*Archived: new learners should take Modern JavaScript Foundations instead.*`,
  modules: [
    {
      title: "Selectors and events",
      description: "The jQuery you will meet in older code.",
      contents: [
        lesson(
          "Selecting and changing elements",
          `## The \`$\` function
\`$(".card")\` selects every element with the class \`card\` and wraps them in a jQuery collection. Methods called on the collection apply to every element in it:

\`\`\`js
$(".card").addClass("highlight");
$("#total").text("Rp 149.000");
\`\`\`

## Events
\`\`\`js
$(".card").on("click", function () {
  $(this).toggleClass("open");
});
\`\`\`

## The modern equivalents
\`\`\`js
document.querySelectorAll(".card").forEach((card) => {
  card.addEventListener("click", () => card.classList.toggle("open"));
});
document.querySelector("#total").textContent = "Rp 149.000";
\`\`\`

Every browser now supports these natively, which is why new projects rarely need jQuery.`,
        ),
        link("jQuery API documentation", "https://api.jquery.com/", "The official reference for every jQuery method, useful when reading old code."),
      ],
    },
    {
      title: "Moving on",
      description: "Replace jQuery without breaking the page.",
      contents: [
        lesson(
          "From $.ajax to fetch",
          `## The old way
\`\`\`js
$.ajax({ url: "/api/courses", dataType: "json" })
  .done((courses) => render(courses))
  .fail(() => showError());
\`\`\`

## The modern way
\`\`\`js
try {
  const response = await fetch("/api/courses");
  if (!response.ok) throw new Error(response.statusText);
  render(await response.json());
} catch {
  showError();
}
\`\`\`

Unlike \`$.ajax\`, \`fetch\` does not treat an error status as a failure: check \`response.ok\` yourself.

## Retire it one feature at a time
Replace one feature, test it, ship it. When no code calls \`$\` any more, remove the script tag.`,
        ),
        handout("jQuery to plain JavaScript", "Each jQuery pattern from this course next to its modern replacement.", {
          fileName: "jquery-to-plain-javascript.pdf",
          title: "jQuery to plain JavaScript",
          sections: [
            {
              heading: "Selecting",
              lines: ["$(\".card\") -> document.querySelectorAll(\".card\")", "$(\"#total\") -> document.querySelector(\"#total\")"],
            },
            {
              heading: "Changing",
              lines: [
                "$(el).addClass(\"x\") -> el.classList.add(\"x\")",
                "$(el).toggleClass(\"x\") -> el.classList.toggle(\"x\")",
                "$(el).text(\"Hi\") -> el.textContent = \"Hi\"",
                "$(el).attr(\"href\", url) -> el.setAttribute(\"href\", url)",
              ],
            },
            {
              heading: "Events and requests",
              lines: [
                "$(el).on(\"click\", fn) -> el.addEventListener(\"click\", fn)",
                "$(document).ready(fn) -> <script defer> or DOMContentLoaded",
                "$.ajax({ url }) -> fetch(url), then check response.ok",
              ],
            },
          ],
        }),
        quiz(
          "jQuery quiz",
          "Three questions on jQuery and the modern replacements.",
          [
            question("What does `$('.card')` return?", [
              ["The first .card element only", false],
              ["A jQuery collection of every .card element", true],
              ["A CSS string", false],
            ]),
            question("Which built-in function replaces `$.ajax` for most uses?", [
              ["setTimeout()", false],
              ["fetch()", true],
              ["document.write()", false],
            ]),
            question(
              "Which built-in APIs replace common jQuery helpers?",
              [
                ["classList.toggle", true],
                ["addEventListener", true],
                ["document.write", false],
              ],
              2,
            ),
          ],
        ),
        assignment(
          "Remove jQuery from a page",
          `Take a page that uses jQuery for one feature and rewrite that feature without it.

## What to submit
A link to the before and after code, for example a pull request or two CodePens.`,
          { submissionKinds: ["URL"] },
        ),
      ],
    },
  ],
};
