import { assignment, handout, lesson, link, question, quiz, video } from "../build";
import type { CourseSpec } from "../course-types";

export const pythonForDataAnalysis: CourseSpec = {
  slug: "python-for-data-analysis",
  title: "Python for Data Analysis",
  teacher: "teacher2@example.com",
  category: "data-science",
  priceIDR: 399000,
  daysAgo: 30,
  description: `Clean, explore and chart real datasets with Python and pandas.

## What you will learn
- Just enough Python: values, lists, dictionaries, loops and functions
- Loading CSV files into pandas DataFrames and exploring them
- Cleaning missing and messy values
- Grouping and aggregating to answer real questions, and charting the answers

## Who this course is for
Analysts who live in spreadsheets and want to handle bigger data, repeatably. No programming experience is needed.`,
  modules: [
    {
      title: "Python and pandas basics",
      description: "Enough Python to be productive, and your first DataFrame.",
      contents: [
        lesson(
          "Python in ten minutes",
          `## Values and names
\`\`\`python
city = "Bandung"
passengers = 1250
fare = 3500.0
is_weekend = False
\`\`\`

## Lists and dictionaries
A **list** holds items in order; a **dictionary** maps keys to values:

\`\`\`python
corridors = ["Blok M - Kota", "Pulo Gadung - Harmoni"]
daily = {"Monday": 1250, "Tuesday": 1310}
daily["Wednesday"] = 1280
\`\`\`

## Loops and functions
\`\`\`python
def average(values):
    return sum(values) / len(values)

for day, count in daily.items():
    print(day, count)

print(average(list(daily.values())))  # 1280.0
\`\`\`

Python uses **indentation** to group lines: everything indented under \`def\` or \`for\` belongs to it. Use four spaces.`,
        ),
        lesson(
          "Your first DataFrame",
          `## Loading data
A **DataFrame** is a table: named columns, one row per record.

\`\`\`python
import pandas as pd

rides = pd.read_csv("rides.csv", parse_dates=["date"])
\`\`\`

## First look
\`\`\`python
rides.head()      # the first five rows
rides.info()      # column names, types and non-missing counts
rides.describe()  # count, mean, min, max and quartiles of numeric columns
\`\`\`

Always run these three before anything else: they reveal wrong types (numbers read as text), missing values and impossible values such as negative passenger counts.

## Selecting and filtering
\`\`\`python
rides["passengers"]                      # one column (a Series)
rides[["date", "corridor"]]              # several columns
rides[rides["passengers"] > 1000]        # rows that match a condition
rides.sort_values("passengers", ascending=False).head(10)
\`\`\``,
        ),
        video(
          "Complete Python pandas tutorial (Keith Galli)",
          "https://www.youtube.com/watch?v=vmEHCJofslg",
          "A hands-on walk through loading, filtering, sorting and grouping data with pandas. Code along in a notebook.",
        ),
        link(
          "pandas: Getting started",
          "https://pandas.pydata.org/docs/getting_started/index.html",
          "The official installation guide and short tutorials, including a comparison with spreadsheets.",
        ),
      ],
    },
    {
      title: "Cleaning and grouping",
      description: "Make messy data trustworthy, then summarise it.",
      contents: [
        lesson(
          "Cleaning messy data",
          `## Find what is missing
\`\`\`python
rides.isna().sum()  # missing values per column
\`\`\`

Then decide per column: **drop** the rows (\`dropna\`) if they are few and random, or **fill** them (\`fillna\`) if a sensible default exists. Write down what you decided: it changes the results.

## Fix types
\`\`\`python
rides["passengers"] = pd.to_numeric(rides["passengers"], errors="coerce")
rides["date"] = pd.to_datetime(rides["date"])
\`\`\`

\`errors="coerce"\` turns values that are not numbers into missing values instead of failing, so you can count and inspect them.

## Remove duplicates and tidy text
\`\`\`python
rides = rides.drop_duplicates()
rides["corridor"] = rides["corridor"].str.strip().str.title()
\`\`\`

Stray spaces and inconsistent capitals make "Blok M" and "blok m " look like two different corridors.`,
        ),
        lesson(
          "Group by, then aggregate",
          `## Split, apply, combine
\`groupby\` splits the rows into groups, applies a calculation to each and combines the results:

\`\`\`python
rides.groupby("corridor")["passengers"].sum().sort_values(ascending=False)
\`\`\`

That one line answers *which corridors carry the most people?*

## Several measures at once
\`\`\`python
summary = rides.groupby("corridor").agg(
    total=("passengers", "sum"),
    daily_average=("passengers", "mean"),
    days=("date", "nunique"),
)
\`\`\`

## Grouping by time
\`\`\`python
monthly = rides.groupby(rides["date"].dt.to_period("M"))["passengers"].sum()
\`\`\``,
        ),
        handout("pandas cheat sheet", "The pandas calls from this course on one page.", {
          fileName: "pandas-cheat-sheet.pdf",
          title: "pandas cheat sheet",
          sections: [
            {
              heading: "Load and inspect",
              lines: ["- pd.read_csv(path, parse_dates=[...])", "- df.head(), df.info(), df.describe()", "- df.shape: (rows, columns)"],
            },
            {
              heading: "Select and filter",
              lines: ["- df[\"col\"], df[[\"a\", \"b\"]]", "- df[df[\"col\"] > 10]", "- df.sort_values(\"col\", ascending=False)"],
            },
            {
              heading: "Clean",
              lines: [
                "- df.isna().sum(): missing values per column",
                "- df.dropna(subset=[\"col\"]), df.fillna({\"col\": 0})",
                "- pd.to_numeric(s, errors=\"coerce\"), pd.to_datetime(s)",
                "- df.drop_duplicates(), s.str.strip().str.title()",
              ],
            },
            {
              heading: "Summarise",
              lines: [
                "- df.groupby(\"key\")[\"value\"].sum()",
                "- df.groupby(\"key\").agg(total=(\"value\", \"sum\"), avg=(\"value\", \"mean\"))",
                "- df[\"date\"].dt.to_period(\"M\"): group by month",
                "- df.plot(kind=\"bar\", x=\"key\", y=\"value\")",
              ],
            },
          ],
        }),
        quiz(
          "pandas quiz",
          "Four questions on loading, cleaning and grouping. You need 70% to pass and have three attempts.",
          [
            question("Which call reads a CSV file into a DataFrame?", [
              ["pd.open()", false],
              ["pd.read_csv()", true],
              ["pd.load_csv()", false],
            ]),
            question("What does `df.isna().sum()` show?", [
              ["The sum of all values in the table", false],
              ["The number of missing values in each column", true],
              ["The number of duplicate rows", false],
            ]),
            question('What does `pd.to_numeric(s, errors="coerce")` do with the text "n/a"?', [
              ["Raises an error and stops", false],
              ["Turns it into a missing value (NaN)", true],
              ["Turns it into 0", false],
            ]),
            question(
              "Which of these can be passed to `agg` to aggregate a group?",
              [
                ["sum", true],
                ["mean", true],
                ["head", false],
                ["nunique", true],
              ],
              2,
            ),
          ],
          { maxAttempts: 3, shuffleOptions: true },
        ),
      ],
    },
    {
      title: "Analysis project",
      description: "From a question to a chart someone can act on.",
      contents: [
        lesson(
          "From question to chart",
          `## Write the question first
*"Which corridors grew fastest this year?"* tells you the data you need (passengers per corridor per month), the calculation (growth from the first to the last month) and the chart (a sorted bar chart).

## Pick the chart that answers it
- **Comparing categories**: a bar chart, sorted by value
- **Change over time**: a line chart
- **Relationship between two numbers**: a scatter plot
- **Parts of a whole**: a stacked bar; avoid pie charts with more than three slices

## Plot with pandas
\`\`\`python
growth = (last_month - first_month) / first_month * 100
ax = growth.sort_values().plot(kind="barh")
ax.set_xlabel("Growth in passengers (%)")
ax.set_title("Corridor 6 grew fastest in 2025")
\`\`\`

Give the chart a title that states the finding, and label the axes in plain words with their units.`,
        ),
        assignment(
          "Analyse a public dataset",
          `Choose a public dataset that interests you (for example from data.go.id or Kaggle) and answer one question with it.

## Requirements
- State your question in one sentence at the top of the notebook.
- Show the cleaning steps, and write down every decision about missing or odd values.
- Answer the question with one summary table and one chart whose title states the finding.

## What to submit
- A link to your notebook (GitHub, Google Colab or Kaggle), with its outputs visible.
- A paragraph with your answer and one limitation of the data.`,
          { submissionKinds: ["URL", "TEXT"], dueInDays: 28 },
        ),
      ],
    },
  ],
};
