import { assignment, handout, lesson, link, question, quiz, video } from "../build";
import type { CourseSpec } from "../course-types";

export const sqlFromZeroToReports: CourseSpec = {
  slug: "sql-from-zero-to-reports",
  title: "SQL from Zero to Reports",
  teacher: "teacher2@example.com",
  category: "data-science",
  priceIDR: 0,
  daysAgo: 90,
  description: `Query a real database with confidence and build the reports your team keeps asking for.

## What you will learn
- SELECT, WHERE, ORDER BY and LIMIT
- Joins across several tables
- GROUP BY, aggregates and HAVING for summary reports
- Designing a report around the decision it supports

## Who this course is for
Analysts, marketers and product people who are tired of waiting for someone else to pull the numbers. Examples use PostgreSQL, and everything carries over to MySQL and SQLite.`,
  modules: [
    {
      title: "Your first queries",
      description: "Read exactly the rows and columns you need.",
      contents: [
        lesson(
          "Tables, rows and SELECT",
          `## How a database stores data
A relational database keeps data in **tables**. Each table has named **columns** with a type, and one **row** per record. A course catalogue might have:

| id | title | category_id | price_idr |
|---|---|---|---|
| 1 | Modern JavaScript Foundations | 1 | 0 |
| 2 | UX Research Essentials | 3 | 199000 |

## Your first query
\`\`\`sql
SELECT title, price_idr
FROM courses;
\`\`\`

\`SELECT\` names the columns, \`FROM\` names the table. \`SELECT *\` returns every column: handy for exploring, but name the columns in anything you keep, so the query does not change when the table does.

## Computed columns
\`\`\`sql
SELECT title, price_idr * 1.11 AS price_with_tax
FROM courses;
\`\`\`

\`AS\` gives the computed column a readable name.`,
        ),
        lesson(
          "Filtering and sorting",
          `## WHERE keeps the rows you want
\`\`\`sql
SELECT title, price_idr
FROM courses
WHERE price_idr > 0
  AND category_id IN (1, 3)
ORDER BY price_idr DESC, title
LIMIT 10;
\`\`\`

- **Comparisons**: \`=\`, \`<>\`, \`<\`, \`>=\` and friends
- **IN** matches any value in a list
- **LIKE** matches patterns: \`title LIKE 'SQL%'\` finds titles starting with "SQL" (\`ILIKE\` ignores case in PostgreSQL)
- **ORDER BY** sorts, ascending unless you add \`DESC\`
- **LIMIT** keeps the first rows of the sorted result

## NULL is not a value
A missing value is \`NULL\`, and \`NULL = NULL\` is not true. Test for it with \`IS NULL\` or \`IS NOT NULL\`:

\`\`\`sql
SELECT title FROM courses WHERE category_id IS NULL;
\`\`\``,
        ),
        video(
          "SQL tutorial: full database course for beginners (freeCodeCamp)",
          "https://www.youtube.com/watch?v=HXV3zeQKqGY",
          "A long, thorough course. Watch the sections on queries and joins alongside this course's first two modules.",
        ),
        link(
          "PostgreSQL tutorial: querying a table",
          "https://www.postgresql.org/docs/current/tutorial-select.html",
          "The official PostgreSQL tutorial chapter on SELECT, WHERE and ORDER BY.",
        ),
      ],
    },
    {
      title: "Joins and aggregates",
      description: "Combine tables and summarise them.",
      contents: [
        lesson(
          "Joining tables",
          `## Why data is split
Each fact is stored once: a category's name lives in \`categories\`, and each course refers to it by \`category_id\`. A **join** puts them back together.

\`\`\`sql
SELECT c.title, cat.name AS category
FROM courses AS c
JOIN categories AS cat ON cat.id = c.category_id;
\`\`\`

## INNER and LEFT joins
- **JOIN** (inner) keeps only rows that have a match on both sides: a course without a category disappears.
- **LEFT JOIN** keeps every row of the left table and fills the right side with \`NULL\` where there is no match.

\`\`\`sql
-- Every course, with its category if it has one
SELECT c.title, cat.name AS category
FROM courses AS c
LEFT JOIN categories AS cat ON cat.id = c.category_id;
\`\`\`

When a report's total looks too small, check for an inner join that silently dropped rows.`,
        ),
        lesson(
          "GROUP BY reports",
          `## One row per group
\`\`\`sql
SELECT cat.name AS category, COUNT(*) AS courses, AVG(c.price_idr) AS average_price
FROM courses AS c
JOIN categories AS cat ON cat.id = c.category_id
GROUP BY cat.name
ORDER BY courses DESC;
\`\`\`

Every column in the \`SELECT\` list is either in the \`GROUP BY\` or inside an aggregate function: \`COUNT\`, \`SUM\`, \`AVG\`, \`MIN\` or \`MAX\`.

## WHERE versus HAVING
- **WHERE** filters rows *before* they are grouped
- **HAVING** filters groups *after* aggregation

\`\`\`sql
SELECT category_id, COUNT(*) AS courses
FROM courses
WHERE price_idr > 0          -- only paid courses are counted
GROUP BY category_id
HAVING COUNT(*) >= 3;        -- only categories with three or more of them
\`\`\``,
        ),
        handout("SQL cheat sheet", "The clauses of this course in the order a query is written, and the order it is evaluated.", {
          fileName: "sql-cheat-sheet.pdf",
          title: "SQL cheat sheet",
          sections: [
            {
              heading: "Written order",
              lines: ["SELECT columns FROM table JOIN other ON condition WHERE row filter", "GROUP BY columns HAVING group filter ORDER BY columns LIMIT n"],
            },
            {
              heading: "Evaluated order",
              lines: ["FROM and JOIN -> WHERE -> GROUP BY -> HAVING -> SELECT -> ORDER BY -> LIMIT", "This is why WHERE cannot use an alias defined in SELECT, but ORDER BY can."],
            },
            {
              heading: "Joins",
              lines: [
                "- JOIN (INNER): only rows with a match on both sides",
                "- LEFT JOIN: every row of the left table; NULLs where the right side has no match",
                "- Count rows before and after a join to catch rows lost or duplicated",
              ],
            },
            {
              heading: "Aggregates",
              lines: ["- COUNT(*), COUNT(col) (ignores NULLs), SUM, AVG, MIN, MAX", "- COUNT(DISTINCT col): number of different values"],
            },
            {
              heading: "NULL",
              lines: ["- Test with IS NULL / IS NOT NULL, never = NULL", "- COALESCE(col, 0) replaces NULL with a default"],
            },
          ],
        }),
        quiz(
          "SQL quiz",
          "Four questions on joins and aggregates. You need 80% to pass; retake it as often as you like.",
          [
            question("Which clause filters rows before they are grouped?", [
              ["HAVING", false],
              ["WHERE", true],
              ["ORDER BY", false],
            ]),
            question("Which join keeps every row of the left table, even without a match?", [
              ["INNER JOIN", false],
              ["LEFT JOIN", true],
              ["CROSS JOIN", false],
            ]),
            question("How do you find the rows where `category_id` is missing?", [
              ["WHERE category_id = NULL", false],
              ["WHERE category_id IS NULL", true],
              ["WHERE category_id = ''", false],
            ]),
            question(
              "Which of these are aggregate functions?",
              [
                ["COUNT", true],
                ["AVG", true],
                ["LOWER", false],
                ["MAX", true],
              ],
              2,
            ),
          ],
          { passMark: 80 },
        ),
      ],
    },
    {
      title: "Reporting project",
      description: "Build a report someone will actually use.",
      contents: [
        lesson(
          "Designing a report",
          `## Start from the decision
Ask the person who requested the report what they will *do* with it. "See enrolments" is not a decision; "decide which categories get new courses next quarter" is.

## Choose a few numbers
A good report answers its question with as few numbers as possible, each with a comparison: this month against last month, or against the same month last year. A number without a comparison cannot be judged.

## Make it repeatable
- Write the query so that it takes the period as a parameter instead of hard-coded dates.
- Truncate dates to the reporting period with \`date_trunc('month', enrolled_at)\`.
- Save the query with a comment explaining what it counts and what it leaves out.`,
        ),
        assignment(
          "Monthly enrolment report",
          `Write the SQL for a report of **new enrolments per category per month** for the last six months.

## The tables
- \`enrollments(id, course_id, enrolled_at)\`
- \`courses(id, title, category_id)\`
- \`categories(id, name)\`

## Requirements
- One row per month and category, with the number of new enrolments.
- Courses without a category appear as "Uncategorised", not dropped.
- Sorted by month, then by the number of enrolments, highest first.

## What to submit
Paste your query, followed by a short explanation of each join you used and why.`,
          { submissionKinds: ["TEXT"], dueInDays: 10 },
        ),
      ],
    },
  ],
};
