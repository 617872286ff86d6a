import { lesson, link, question, quiz } from "../build";
import type { CourseSpec } from "../course-types";

// A work in progress: two modules written so far, no assignment yet.
export const machineLearningWithScikitLearn: CourseSpec = {
  slug: "machine-learning-with-scikit-learn",
  title: "Machine Learning with scikit-learn",
  teacher: "teacher2@example.com",
  category: "data-science",
  priceIDR: 449000,
  status: "DRAFT",
  daysAgo: 5,
  description: `Train, evaluate and improve your first predictive models with Python and scikit-learn.

## What you will learn
- What machine learning can and cannot do
- Splitting data into training and test sets, and why it matters
- Evaluating a model honestly: accuracy, precision and recall
- Choosing and tuning models with cross-validation

## Who this course is for
Graduates of Python for Data Analysis, or anyone comfortable with pandas.`,
  modules: [
    {
      title: "What machine learning is",
      description: "Learning rules from examples instead of writing them by hand.",
      contents: [
        lesson(
          "Learning from examples",
          `## Rules from data
In ordinary programming you write the rules. In machine learning you give the computer **examples with answers** and it finds rules that reproduce them.

## The vocabulary
- **Features**: the inputs describing each example (a house's size, location and age)
- **Label** or **target**: the answer you want to predict (its price)
- **Model**: the learned rule that maps features to a prediction
- **Training**: fitting the model to examples whose labels you know

## Two kinds of supervised learning
- **Regression** predicts a number: a price, a delivery time
- **Classification** predicts a category: spam or not spam, which course a student will pick next

## What it cannot do
A model only knows the patterns in its training data. If the data is biased or the world changes, the predictions will be wrong, however good the scores looked.`,
        ),
        link(
          "scikit-learn: Getting started",
          "https://scikit-learn.org/stable/getting_started.html",
          "The library's own introduction: fitting, predicting, pipelines and model evaluation in a few pages.",
        ),
      ],
    },
    {
      title: "Your first model",
      description: "Train a classifier and measure it honestly.",
      contents: [
        lesson(
          "Train, test, evaluate",
          `## Keep some data back
A model always looks good on the examples it learned from. To know how it will do on *new* data, hold back a **test set** that the model never sees during training.

\`\`\`python
from sklearn.datasets import load_iris
from sklearn.model_selection import train_test_split
from sklearn.tree import DecisionTreeClassifier
from sklearn.metrics import accuracy_score

X, y = load_iris(return_X_y=True)
X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.25, random_state=42, stratify=y
)

model = DecisionTreeClassifier(max_depth=3, random_state=42)
model.fit(X_train, y_train)

print(accuracy_score(y_test, model.predict(X_test)))
\`\`\`

## Every estimator works the same way
\`fit\` learns from the training data; \`predict\` makes predictions. Once you know this pattern, swapping a decision tree for another model is a one-line change.

## Overfitting
A very deep tree can memorise the training set, scoring perfectly on it and badly on the test set. Limiting \`max_depth\` trades a little training accuracy for predictions that generalise.`,
        ),
        quiz(
          "First model quiz",
          "Three questions on training and testing.",
          [
            question("Why do we keep a test set apart from the training data?", [
              ["To make training faster", false],
              ["To estimate how the model performs on data it has not seen", true],
              ["Because scikit-learn requires two datasets", false],
            ]),
            question("Predicting the price of a house is an example of which task?", [
              ["Classification", false],
              ["Regression", true],
              ["Clustering", false],
            ]),
            question(
              "Which are signs of overfitting?",
              [
                ["Near-perfect training accuracy with much lower test accuracy", true],
                ["A model that memorises noise in the training data", true],
                ["Similar accuracy on the training and test sets", false],
              ],
              2,
            ),
          ],
          { maxAttempts: 3 },
        ),
      ],
    },
  ],
};
