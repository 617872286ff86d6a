import { assignment, handout, lesson, link, question, quiz, video } from "../build";
import type { CourseSpec } from "../course-types";

export const businessEnglishCommunication: CourseSpec = {
  slug: "business-english-communication",
  title: "Business English Communication",
  teacher: "teacher2@example.com",
  category: "languages",
  priceIDR: 0,
  daysAgo: 10,
  description: `Write clearer emails and speak with confidence in meetings.

## What you will learn
- Email structure: what you need first, details after
- Plain words and short sentences that busy readers understand
- Polite ways to disagree and to ask for clarification
- Presenting numbers and results

## Who this course is for
Professionals who already get by in English and want to sound clear and confident with clients and colleagues.`,
  modules: [
    {
      title: "Writing emails",
      description: "Emails that get read, understood and answered.",
      contents: [
        lesson(
          "Purpose in the first line",
          `## Readers decide in seconds
Most people read the subject line and the first sentence, then decide whether to read on. Put what you need there.

## Before and after
> **Before:** *Dear Mr Hartono, I hope this email finds you well. As you may remember, last month we discussed the budget for the third quarter, and since then the team has...*
>
> **After:** *Dear Mr Hartono, could you approve the Q3 marketing budget of IDR 45 million by Friday, 14 March? The breakdown is below.*

## A simple structure
1. **Request or main point**: one or two sentences.
2. **Context**: only what the reader needs in order to say yes.
3. **Next step**: who does what, by when.

## Subject lines that work
Make the subject line a summary: *"Approval needed by Fri: Q3 marketing budget"* beats *"Budget"*.`,
        ),
        lesson(
          "Plain words and short sentences",
          `## Prefer the short, common word
| Instead of | Write |
|---|---|
| utilise | use |
| in order to | to |
| at this point in time | now |
| kindly be informed that | (leave it out) |
| we would like to request | please |

## One idea per sentence
Aim for an average of 15 to 20 words per sentence. When a sentence contains "and" twice, it can usually be split.

## Active voice
*"The finance team approved the budget"* is clearer than *"The budget was approved"*, because it says who did it. Use the passive only when the actor really does not matter.`,
        ),
        link(
          "GOV.UK: Writing for GOV.UK",
          "https://www.gov.uk/guidance/content-design/writing-for-gov-uk",
          "The UK government's guidance on plain English, one of the best free style guides for clear writing.",
        ),
      ],
    },
    {
      title: "Meetings and calls",
      description: "Take part with confidence, even when you disagree.",
      contents: [
        lesson(
          "Disagreeing politely",
          `## Acknowledge, then add
Show that you heard the other view before offering yours. This keeps the conversation open.

- *"I see your point. Have we considered launching in one city first?"*
- *"That's a fair concern. My worry is the timeline."*
- *"I'm not sure I agree. Could we look at last year's numbers?"*

## Soften with questions and "could"
Direct statements can sound harsh in English business culture. Compare:
- *"That won't work."* → *"Could that cause problems with the deadline?"*
- *"You're wrong about the costs."* → *"I've got a different figure for the costs. Shall we check?"*

## Avoid
*"With respect..."* and *"To be honest..."* often signal the opposite of what they say. Go straight to your point instead.`,
        ),
        lesson(
          "Asking for clarification",
          `## It is normal to ask
Native speakers ask for clarification all the time. Asking early is far better than acting on a misunderstanding.

## Useful phrases
- *"Sorry, could you say that again?"*
- *"Could you speak a little more slowly, please?"*
- *"When you say 'soon', do you mean this week?"*
- *"Just to check I've understood: you need the report by Thursday, and only for Jakarta?"*

## Summarise at the end
Before the call ends, repeat the decisions and next steps: *"So, to summarise: Dewi sends the draft contract by Wednesday, and we meet again on Friday."* Then confirm the same summary in a short email.`,
        ),
        video(
          "Julian Treasure: How to speak so that people want to listen (TED)",
          "https://www.youtube.com/watch?v=eIho2S0ZahI",
          "A ten-minute talk on the habits that make people stop listening, and on using your voice well.",
        ),
        handout("Useful meeting phrases", "Phrases for every stage of a meeting, from opening to follow-up.", {
          fileName: "useful-meeting-phrases.pdf",
          title: "Useful meeting phrases",
          sections: [
            {
              heading: "Opening",
              lines: ["- \"Thanks for joining. The goal today is to decide...\"", "- \"We have 30 minutes, so let's start with the budget.\""],
            },
            {
              heading: "Giving your view",
              lines: ["- \"In my view, ...\"", "- \"The main reason I suggest this is...\"", "- \"Based on last quarter's numbers, ...\""],
            },
            {
              heading: "Disagreeing politely",
              lines: ["- \"I see your point. Have we considered...?\"", "- \"That's a fair concern. My worry is...\"", "- \"Could that cause problems with...?\""],
            },
            {
              heading: "Clarifying",
              lines: [
                "- \"Sorry, could you say that again?\"",
                "- \"When you say ..., do you mean ...?\"",
                "- \"Just to check I've understood: ...\"",
              ],
            },
            {
              heading: "Closing",
              lines: ["- \"So, to summarise: ...\"", "- \"Who will take care of...?\"", "- \"I'll send a short summary by email this afternoon.\""],
            },
          ],
        }),
        quiz(
          "Communication quiz",
          "Four questions. You need 70% to pass and have three attempts.",
          [
            question("What belongs in the first line of a work email?", [
              ["A long greeting and good wishes", false],
              ["What you need from the reader", true],
              ["Your job title and department", false],
            ]),
            question("Which reply disagrees politely?", [
              ["That's wrong.", false],
              ["I see your point. Have we considered another option?", true],
              ["Whatever you say.", false],
            ]),
            question("Which is the plainest way to write \"in order to utilise the new system\"?", [
              ["to use the new system", true],
              ["for the utilisation of the new system", false],
              ["with the purpose of utilising the new system", false],
            ]),
            question(
              "Which phrases check that you have understood correctly?",
              [
                ["Just to check I've understood: the deadline is Thursday?", true],
                ["When you say 'soon', do you mean this week?", true],
                ["With respect, I disagree.", false],
                ["To be honest, that's fine.", false],
              ],
              2,
            ),
          ],
          { maxAttempts: 3 },
        ),
      ],
    },
    {
      title: "Presenting",
      description: "Numbers and results that people remember.",
      contents: [
        lesson(
          "Presenting numbers",
          `## One message per slide
State the conclusion in the slide's title: *"Online sales grew 18% in Q2"* rather than *"Q2 sales"*. The chart then proves the title.

## Make numbers easy to hear
- **Round**: say *"about 2.5 billion rupiah"*, not *"2,487,316,000 rupiah"*.
- **Compare**: *"up 18% on the first quarter"* means more than a number on its own.
- **Translate**: *"one in four customers"* is easier to picture than *"24.7%"*.

## Saying numbers correctly
- 1.5 million: *"one point five million"*
- 3/4: *"three quarters"*
- 2024: *"twenty twenty-four"*
- 15%: *"fifteen percent"*

## End with the ask
Finish with what you want the audience to decide or do, not with "Any questions?".`,
        ),
        assignment(
          "Rewrite an email",
          `Take a real work email you sent or received (remove names and confidential details) and rewrite it using this course's structure.

## Requirements
- The request or main point is in the first two sentences.
- The subject line summarises the email.
- The rewrite is shorter than the original and uses plain words.

## What to submit
Paste the original and your rewrite, followed by three sentences on what you changed and why.`,
          { submissionKinds: ["TEXT"], dueInDays: 7 },
        ),
      ],
    },
  ],
};
