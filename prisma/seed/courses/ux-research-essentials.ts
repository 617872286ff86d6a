import { assignment, handout, lesson, link, question, quiz } from "../build";
import type { CourseSpec } from "../course-types";

export const uxResearchEssentials: CourseSpec = {
  slug: "ux-research-essentials",
  title: "UX Research Essentials",
  teacher: "teacher@example.com",
  category: "design",
  priceIDR: 199000,
  daysAgo: 45,
  description: `Find out what your users actually need before you design or build anything.

## What you will learn
- Turning a product decision into research questions
- Interviewing without leading questions
- Running a five-person usability test
- Turning notes into clear, prioritised findings

## Who this course is for
Designers, product managers and developers who want evidence before they build. No research background needed.`,
  modules: [
    {
      title: "Planning research",
      description: "Decide what you need to learn and how to learn it.",
      contents: [
        lesson(
          "Start from a decision",
          `## Research serves a decision
Good research starts with a decision someone has to make: *Should we build a mobile app? Why do people abandon checkout?* Write the decision down first; it tells you what you need to learn and when you can stop.

## Research questions are not interview questions
A **research question** is what *you* want to know ("What stops people from finishing checkout?"). You never ask it directly. Instead you ask participants about their behaviour and work out the answer from what they say and do.

## Pick the method
- **Interviews**: why people do what they do; best early, before there is a design
- **Usability tests**: whether people can use a design; best once there is something to click
- **Surveys**: how common something is; only once you know which answers to offer
- **Analytics**: what people do at scale, but never why

Five interviews that answer the right question beat a survey of five hundred that answers the wrong one.`,
        ),
        lesson(
          "Asking good questions",
          `## Ask about the past
People are poor at predicting their own behaviour. *"Tell me about the last time you booked a course"* gets a real story; *"Would you use a course finder?"* gets a polite yes.

## Keep questions open and neutral
- Open: *"How did you choose?"* instead of *"Did you choose by price?"*
- Neutral: *"What did you think of the sign-up?"* instead of *"Wasn't the sign-up easy?"*
- One question at a time: never *"How and why did you..."*

## Listen more than you talk
After an answer, wait. A few seconds of silence feels long to you, but it is often when participants add the detail that matters. Follow up with *"Tell me more about that"* and *"Why was that important?"*

## Record, with consent
Ask before recording, explain how the recording will be used and stored, and take notes anyway: recordings fail.`,
        ),
        link(
          "Nielsen Norman Group: User interviews",
          "https://www.nngroup.com/articles/user-interviews/",
          "A practical guide to planning and running interviews, from one of the best-known UX research firms.",
        ),
      ],
    },
    {
      title: "Usability testing",
      description: "Watch people use a design and see where it fails them.",
      contents: [
        lesson(
          "Running a five-person test",
          `## Why five
Testing one flow with about **five participants** finds most of its serious problems: after the first few sessions you keep seeing the same issues. Fix them, then test the new version with five more people.

## Write realistic tasks
A task gives a goal, not instructions: *"You want to learn SQL for free. Find a course and sign up."* Never name the button they should press.

## During the session
1. Explain that you are testing the design, not them, and that nothing they do is wrong.
2. Ask them to think aloud while they work.
3. Do not help. If they ask, reply with a question: *"What would you do if I weren't here?"*
4. Note what they *do*, where they hesitate and what they say, with timestamps.

## Afterwards
Write your top observations within an hour, while you still remember the session.`,
        ),
        link(
          "Why you only need to test with 5 users",
          "https://www.nngroup.com/articles/why-you-only-need-to-test-with-5-users/",
          "Jakob Nielsen's article behind the rule of five, including when you need more participants.",
        ),
        handout("Usability test script template", "A script to read from during sessions, so every participant hears the same introduction and tasks.", {
          fileName: "usability-test-script.pdf",
          title: "Usability test script",
          sections: [
            {
              heading: "Welcome (2 minutes)",
              lines: [
                "\"Thank you for coming. Today we are testing a website, not you: nothing you do can be wrong.",
                "Please think aloud as you go: tell me what you are looking at, trying to do and thinking.",
                "I may not answer questions during the tasks, because I want to see how you would manage alone.\"",
                "Ask for consent to record. Start the recording.",
              ],
            },
            {
              heading: "Warm-up questions (3 minutes)",
              lines: ["- Tell me about the last time you learned something new online.", "- How did you find that course or video?"],
            },
            {
              heading: "Tasks (20 minutes)",
              lines: [
                "Task 1: ________________________________  Success looks like: ____________________",
                "Task 2: ________________________________  Success looks like: ____________________",
                "Task 3: ________________________________  Success looks like: ____________________",
                "After each task: \"How easy or difficult was that? Why?\"",
              ],
            },
            {
              heading: "Wrap-up (5 minutes)",
              lines: ["- What was the most frustrating part?", "- Is there anything you expected to see and did not?", "Thank the participant and stop the recording."],
            },
          ],
        }),
        quiz(
          "Research methods quiz",
          "Four questions on interviews and testing. You need 60% to pass and have three attempts.",
          [
            question("Which interview question is the least leading?", [
              ["Wouldn't a search box help you?", false],
              ["Tell me about the last time you booked a course.", true],
              ["Do you like our new design?", false],
            ]),
            question("About how many participants does one round of usability testing of a single flow need?", [
              ["One", false],
              ["About five", true],
              ["At least fifty", false],
            ]),
            question("A participant asks you which button to press during a task. What should you do?", [
              ["Point to the right button so the session keeps moving", false],
              ["Ask what they would do if you were not there", true],
              ["End the task and mark it as failed", false],
            ]),
            question(
              "Which describe good research findings?",
              [
                ["Backed by behaviour you observed", true],
                ["Prioritised by how severe the problem is", true],
                ["Based on what the designer prefers", false],
                ["Phrased as the participants' feature requests", false],
              ],
              2,
            ),
          ],
          { passMark: 60, maxAttempts: 3 },
        ),
      ],
    },
    {
      title: "Sharing results",
      description: "Turn a pile of notes into decisions.",
      contents: [
        lesson(
          "From notes to findings",
          `## Group the observations
Write each observation on its own sticky note (paper or digital), then group similar notes together. This is called **affinity mapping**. Name each group with a sentence that states the problem: *"People cannot tell free courses from paid ones."*

## Rate severity
For each problem, ask how many participants met it and how badly it blocked them:
- **Critical**: stops people completing the task
- **Serious**: causes delay or errors, but they recover
- **Minor**: irritation only

## Write the report people will read
Lead with the three problems that matter most. For each: what happened, how many participants it affected, a short quote or clip, and a recommended next step. Put everything else in an appendix.`,
        ),
        assignment(
          "Run a mini study",
          `Test one flow of any app or website with three people.

## Steps
1. Write down the decision your study informs and two or three realistic tasks.
2. Run the sessions using the script template from this course.
3. Group your notes and rate the severity of each problem you found.

## What to submit
- Your script and the tasks, as text or a file.
- A one-page summary: the three most important problems, with evidence and a recommendation for each.

It counts as complete when it is graded 60 or higher.`,
          { submissionKinds: ["TEXT", "FILE"], dueInDays: 14, passMark: 60 },
        ),
      ],
    },
  ],
};
