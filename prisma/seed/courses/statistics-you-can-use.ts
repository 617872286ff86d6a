import { assignment, handout, lesson, link, question, quiz, video } from "../build";
import type { CourseSpec } from "../course-types";

export const statisticsYouCanUse: CourseSpec = {
  slug: "statistics-you-can-use",
  title: "Statistics You Can Actually Use",
  teacher: "teacher2@example.com",
  category: "mathematics",
  priceIDR: 0,
  daysAgo: 140,
  description: `Averages, spread, sampling and uncertainty, explained with everyday examples instead of formulas.

## What you will learn
- Mean, median and mode, and when each one misleads
- Spread and the standard deviation
- Samples, sampling bias and what a confidence interval says
- Why correlation is not causation, with real examples

## Who this course is for
Anyone who reads reports, surveys or dashboards at work and wants to know which numbers to trust. Secondary-school maths is enough.`,
  modules: [
    {
      title: "Describing data",
      description: "Summarise a pile of numbers honestly.",
      contents: [
        lesson(
          "Mean, median and mode",
          `## Three kinds of "average"
- **Mean**: add everything up and divide by how many there are
- **Median**: the middle value once the values are sorted
- **Mode**: the most common value

## When the mean misleads
Take the monthly salaries of five people in a small company, in millions of rupiah: **5, 6, 6, 7, 36**. The mean is 60 / 5 = **12**, yet four of the five earn 7 or less. The median, **6**, describes a typical employee far better.

Whenever data is **skewed** (a few very large values, as with incomes, house prices or website visits), report the median, or both.

## When the mode helps
The mode is the only "average" for categories: the most popular course, the most common shoe size. For a shop, it answers *which size do we stock most of?*`,
        ),
        lesson(
          "Spread and the standard deviation",
          `## Averages hide the spread
Two bus routes both average 10 minutes between buses. On route A the gaps are always 9 to 11 minutes; on route B they range from 1 to 25. Same mean, very different waits.

## Range and interquartile range
The **range** (largest minus smallest) is easy but driven by the two most extreme values. The **interquartile range** is the spread of the middle half of the data and ignores the extremes.

## Standard deviation
The **standard deviation** is roughly the typical distance of a value from the mean. For data with a bell-shaped distribution:
- about **68%** of values lie within one standard deviation of the mean
- about **95%** lie within two

So if exam scores have a mean of 70 and a standard deviation of 10, a score of 90 is unusually high: only about 2.5% of students score above it.`,
        ),
        video(
          "Hans Rosling: The best stats you've ever seen (TED)",
          "https://www.youtube.com/watch?v=hVimVzgtD6w",
          "Twenty minutes on how well-chosen summaries and charts overturn common beliefs about the world.",
        ),
        link(
          "Khan Academy: Statistics and probability",
          "https://www.khanacademy.org/math/statistics-probability",
          "Free lessons and practice exercises on every topic in this course, if you want to go deeper.",
        ),
      ],
    },
    {
      title: "Samples and uncertainty",
      description: "How much can a few hundred answers tell you about everyone?",
      contents: [
        lesson(
          "Samples and sampling bias",
          `## Why samples work
You cannot ask every customer, but a **random sample** of a few hundred describes the whole group surprisingly well, *if* everyone had the same chance of being picked.

## How samples go wrong
- **Self-selection**: only people with strong opinions answer an online poll
- **Convenience**: surveying whoever walks past your office at noon
- **Survivorship**: studying only the businesses that are still open, and concluding that their habits cause success

A biased sample does not get better when it gets bigger. A million self-selected answers can be less reliable than a thousand random ones.

## Questions to ask about any survey
Who was asked? How were they chosen? How many answered, out of how many who were asked?`,
        ),
        lesson(
          "Confidence intervals in plain words",
          `## A range, not a point
A survey finds that 52% of 1,000 randomly chosen customers prefer the new app. The true share among *all* customers is probably not exactly 52%. A **95% confidence interval** of 49% to 55% expresses that uncertainty.

## What "95%" means
The method that produced the interval captures the true value in about 95 of every 100 samples you could have drawn. It is a statement about the method's reliability over repeated samples.

## The margin of error shrinks slowly
For a proportion near 50%, the 95% margin of error is roughly **1 divided by the square root of the sample size**:
- 100 people: about ±10 points
- 1,000 people: about ±3 points
- 10,000 people: about ±1 point

Ten times the people buys only about three times the precision. That is why most national polls stop at one or two thousand respondents.`,
        ),
        handout("Formula sheet", "The few formulas behind this course, each with a worked example.", {
          fileName: "statistics-formula-sheet.pdf",
          title: "Statistics formula sheet",
          sections: [
            {
              heading: "Averages",
              lines: [
                "Mean = sum of values / number of values. Example: (5 + 6 + 6 + 7 + 36) / 5 = 12",
                "Median = middle value of the sorted list. Example: 5, 6, 6, 7, 36 -> 6",
                "With an even count, the median is the mean of the two middle values.",
              ],
            },
            {
              heading: "Spread",
              lines: [
                "Range = largest - smallest",
                "Standard deviation (sample) = square root of ( sum of (x - mean)^2 / (n - 1) )",
                "Bell-shaped data: about 68% within 1 SD of the mean, about 95% within 2 SD",
              ],
            },
            {
              heading: "Uncertainty",
              lines: [
                "95% margin of error for a proportion p from n people = 1.96 x square root of ( p(1 - p) / n )",
                "Rule of thumb near p = 50%: margin of error is about 1 / square root of n",
                "Example: n = 1,000 -> about 0.03, i.e. plus or minus 3 percentage points",
              ],
            },
          ],
        }),
        quiz(
          "Statistics quiz",
          "Four questions; take your time. You need 70% to pass and have two attempts, and the answers are not shown afterwards.",
          [
            question("Which summary is least affected by a few extreme values?", [
              ["Mean", false],
              ["Median", true],
              ["Range", false],
            ]),
            question("Ice cream sales and drownings rise and fall together over the year. What is the most likely explanation?", [
              ["Eating ice cream causes drowning", false],
              ["Hot weather increases both", true],
              ["It must be a coincidence", false],
            ]),
            question("Roughly what is the 95% margin of error of a poll of 400 random people, for an answer near 50%?", [
              ["About ±1 point", false],
              ["About ±5 points", true],
              ["About ±20 points", false],
            ]),
            question(
              "Which of these make a survey's results more trustworthy?",
              [
                ["Choosing respondents at random", true],
                ["A larger random sample", true],
                ["Letting anyone who sees the link answer", false],
                ["Asking only your most loyal customers", false],
              ],
              2,
            ),
          ],
          { maxAttempts: 2, showCorrectAnswers: false },
        ),
      ],
    },
    {
      title: "Putting it together",
      description: "Read the numbers in the news and at work critically.",
      contents: [
        lesson(
          "Correlation is not causation",
          `## Moving together is not proof
Two numbers that rise and fall together are **correlated**. That alone does not tell you that one causes the other.

## Three other explanations to rule out
- **A common cause**: ice cream sales and drownings both rise in hot weather
- **Reverse causation**: cities with more police officers have more crime, because more officers are sent where crime is high
- **Chance**: compare enough unrelated series and some will match closely by luck

## How causes are established
A **randomised experiment** (an A/B test, a clinical trial) assigns the cause at random, so the groups differ in nothing else. When that is impossible, look for a plausible mechanism, a dose-response pattern and consistent results across different studies.

## Check the chart too
Before believing a headline number, check where the axis starts, how big the sample was and who was asked.`,
        ),
        assignment(
          "Debunk a chart",
          `Find a chart in the news, a report or social media that misleads, on purpose or not.

## What to submit
- A link to the chart, or a description if it is not online.
- What is misleading about it (for example a truncated axis, a biased sample, a correlation presented as a cause, or a missing comparison).
- How you would redraw or restate it so that it tells the truth.

Half a page is enough. It counts as complete when it is graded 60 or higher.`,
          { submissionKinds: ["TEXT", "URL"], passMark: 60 },
        ),
      ],
    },
  ],
};
