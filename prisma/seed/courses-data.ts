// Data science and mathematics courses.
import type { CourseSpec } from "./course-types";

export const dataCourses: CourseSpec[] = [
  {
    slug: "python-for-data-analysis",
    title: "Python for Data Analysis",
    teacher: "teacher2@example.com",
    category: "data-science",
    priceIDR: 399000,
    daysAgo: 30,
    description: `Clean, explore and visualise real datasets with Python and pandas.

## What you will learn
- Loading CSV and Excel files into DataFrames
- Cleaning missing and messy values
- Grouping, joining and reshaping data
- Charts that answer a question

You will finish with an analysis of Jakarta's public transport ridership.`,
    modules: [
      {
        title: "Python and pandas basics",
        contents: [
          {
            type: "LESSON",
            title: "Your first DataFrame",
            body: `\`\`\`python
import pandas as pd

rides = pd.read_csv("transjakarta_2025.csv")
rides.head()
rides.describe()
\`\`\`

\`head()\` shows the first rows; \`describe()\` summarises every numeric column.`,
          },
          { type: "VIDEO", title: "pandas in 15 minutes", url: "https://www.youtube.com/watch?v=vmEHCJofslg" },
          { type: "LINK", title: "pandas: Getting started", url: "https://pandas.pydata.org/docs/getting_started/index.html" },
        ],
      },
      {
        title: "Cleaning and grouping",
        contents: [
          { type: "LESSON", title: "Group by, then aggregate", body: "`rides.groupby(\"corridor\")[\"passengers\"].sum().sort_values(ascending=False)` answers *which corridors carry the most people?* in one line." },
          { type: "FILE", title: "Sample dataset (CSV)", url: "https://example.com/files/transjakarta_2025.csv" },
          {
            type: "QUIZ",
            title: "pandas quiz",
            body: "Choose the correct answers.",
            questions: [
              { prompt: "Which call reads a CSV file?", options: [["pd.read_csv()", true], ["pd.open()", false], ["pd.load_csv()", false]] },
              { prompt: "What does df.isna().sum() show?", options: [["Missing values per column", true], ["The sum of all values", false], ["Duplicate rows", false]] },
              { prompt: "Which are aggregation functions?", points: 2, options: [["sum", true], ["mean", true], ["head", false], ["merge", false]] },
            ],
          },
        ],
      },
      {
        title: "Analysis project",
        contents: [
          { type: "LESSON", title: "From question to chart", body: "Write the question first, pick the chart that answers it, then label the axes in plain words." },
          { type: "ASSIGNMENT", title: "Ridership report", body: "Analyse the sample dataset and submit a notebook link answering: which three corridors grew fastest in 2025, and why might that be?" },
        ],
      },
    ],
  },
  {
    slug: "statistics-you-can-use",
    title: "Statistics You Can Actually Use",
    teacher: "teacher2@example.com",
    category: "mathematics",
    priceIDR: 0,
    daysAgo: 140,
    description: `Averages, spread, sampling and significance, explained with everyday examples instead of formulas.

## What you will learn
- Mean, median and when each one misleads
- Reading a confidence interval
- Why correlation is not causation, with real examples

## Who this course is for
Anyone who reads reports, surveys or dashboards at work and wants to know which numbers to trust. Secondary-school maths is enough.`,
    modules: [
      {
        title: "Describing data",
        contents: [
          { type: "LESSON", title: "Mean versus median", body: "Salaries are skewed: a few very high values pull the **mean** up. The **median** tells you what a typical person earns." },
          { type: "VIDEO", title: "Spread and standard deviation", url: "https://www.youtube.com/watch?v=MRqtXL2WX2M" },
          { type: "LINK", title: "Khan Academy: Summarizing quantitative data", url: "https://www.khanacademy.org/math/statistics-probability/summarizing-quantitative-data" },
        ],
      },
      {
        title: "Samples and uncertainty",
        contents: [
          { type: "LESSON", title: "Confidence intervals in plain words", body: "A 95% interval is a range built by a method that captures the true value in 95 of 100 repeated samples." },
          { type: "FILE", title: "Formula sheet (PDF)", url: "https://example.com/files/statistics-formula-sheet.pdf" },
          {
            type: "QUIZ",
            title: "Statistics quiz",
            body: "Three questions; take your time.",
            questions: [
              { prompt: "Which summary resists extreme values?", options: [["Median", true], ["Mean", false], ["Range", false]] },
              { prompt: "Ice cream sales and drownings rise together. Most likely cause?", options: [["Hot weather drives both", true], ["Ice cream causes drowning", false], ["Pure coincidence", false]] },
              { prompt: "Which make a sample more trustworthy?", points: 2, options: [["Random selection", true], ["A larger size", true], ["Only asking friends", false]] },
            ],
          },
        ],
      },
      {
        title: "Putting it together",
        contents: [
          { type: "LESSON", title: "Reading a news chart critically", body: "Check the axis, the sample size and who was asked before believing a headline number." },
          { type: "ASSIGNMENT", title: "Debunk a chart", body: "Find a chart in the news that misleads and submit a link plus a short explanation of what is wrong and how you would redraw it." },
        ],
      },
    ],
  },
  {
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
- GROUP BY reports with totals and averages

Every exercise runs against a sample online-shop database in PostgreSQL, so the queries you write look like the ones you will write at work.`,
    modules: [
      {
        title: "Querying one table",
        contents: [
          {
            type: "LESSON",
            title: "SELECT and WHERE",
            body: `\`\`\`sql
SELECT title, price_idr
FROM courses
WHERE price_idr = 0
ORDER BY title;
\`\`\``,
          },
          { type: "VIDEO", title: "Your first queries", url: "https://www.youtube.com/watch?v=HXV3zeQKqGY" },
          { type: "LINK", title: "PostgreSQL tutorial: querying a table", url: "https://www.postgresql.org/docs/current/tutorial-select.html" },
        ],
      },
      {
        title: "Joins and aggregates",
        contents: [
          { type: "LESSON", title: "GROUP BY reports", body: "`SELECT category, COUNT(*) FROM courses GROUP BY category;` counts courses per category. Add `HAVING COUNT(*) > 3` to keep only the big ones." },
          { type: "FILE", title: "Join diagrams (PDF)", url: "https://example.com/files/sql-joins.pdf" },
          {
            type: "QUIZ",
            title: "SQL quiz",
            body: "Choose the right answers.",
            questions: [
              { prompt: "Which clause filters rows before grouping?", options: [["WHERE", true], ["HAVING", false], ["ORDER BY", false]] },
              { prompt: "Which join keeps rows of the left table without a match?", options: [["LEFT JOIN", true], ["INNER JOIN", false], ["CROSS JOIN", false]] },
              { prompt: "Which are aggregate functions?", points: 2, options: [["COUNT", true], ["AVG", true], ["LOWER", false]] },
            ],
          },
        ],
      },
      {
        title: "Reporting project",
        contents: [
          { type: "LESSON", title: "Designing a report", body: "Start from the decision the report supports, then choose the few numbers that inform it." },
          { type: "ASSIGNMENT", title: "Monthly enrolment report", body: "Write the SQL for a monthly report of new enrolments per category and submit the query with a sample of its output." },
        ],
      },
    ],
  },
];
