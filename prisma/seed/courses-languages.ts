// Language courses.
import type { CourseSpec } from "./course-types";

export const languageCourses: CourseSpec[] = [
  {
    slug: "bahasa-indonesia-for-beginners",
    title: "Bahasa Indonesia for Beginners",
    teacher: "teacher2@example.com",
    category: "languages",
    priceIDR: 99000,
    daysAgo: 20,
    description: `Start speaking Indonesian from the first lesson: greetings, numbers, food and getting around.

## What you will learn
- Pronunciation that locals understand
- Everyday phrases for markets, transport and restaurants
- Simple sentence structure without verb conjugations

Each lesson ends with a short dialogue recorded by native speakers from Jakarta and Yogyakarta.`,
    modules: [
      {
        title: "First words",
        contents: [
          { type: "LESSON", title: "Greetings", body: "- **Selamat pagi** — good morning\n- **Apa kabar?** — how are you?\n- **Baik, terima kasih** — fine, thank you\n- **Sampai jumpa** — see you" },
          { type: "VIDEO", title: "Pronunciation guide", url: "https://www.youtube.com/watch?v=9Hk8dQ0Vh5I" },
          { type: "LINK", title: "KBBI: the official dictionary", url: "https://kbbi.kemdikbud.go.id/" },
        ],
      },
      {
        title: "Daily life",
        contents: [
          { type: "LESSON", title: "Numbers and prices", body: "*satu, dua, tiga* … **Berapa harganya?** means *how much is it?* — the most useful question at any market." },
          { type: "FILE", title: "Vocabulary list (PDF)", url: "https://example.com/files/bahasa-vocabulary.pdf" },
          {
            type: "QUIZ",
            title: "Kuis kosakata",
            body: "Vocabulary check.",
            questions: [
              { prompt: "What does \"terima kasih\" mean?", options: [["Thank you", true], ["Good morning", false], ["Goodbye", false]] },
              { prompt: "How do you ask for a price?", options: [["Berapa harganya?", true], ["Apa kabar?", false], ["Di mana?", false]] },
              { prompt: "Which are greetings?", points: 2, options: [["Selamat pagi", true], ["Selamat malam", true], ["Sampai jumpa", false]] },
            ],
          },
        ],
      },
      {
        title: "Speaking practice",
        contents: [
          { type: "LESSON", title: "Ordering food", body: "**Saya mau nasi goreng, satu.** — I'd like one fried rice. Add **tidak pedas** if you prefer it not spicy." },
          { type: "ASSIGNMENT", title: "Record a short introduction", body: "Record a 60-second introduction of yourself in Indonesian and submit a link to the audio, plus the written text." },
        ],
      },
    ],
  },
  {
    slug: "business-english-communication",
    title: "Business English Communication",
    teacher: "teacher2@example.com",
    category: "languages",
    priceIDR: 0,
    daysAgo: 10,
    description: `Write clearer emails and speak with confidence in meetings.

## What you will learn
- Email structure: purpose first, details after
- Polite ways to disagree and to ask for help
- Presenting numbers and results

## Who this course is for
Professionals who already get by in English and want to sound clear and confident with clients and colleagues.`,
    modules: [
      {
        title: "Writing",
        contents: [
          { type: "LESSON", title: "Purpose in the first line", body: "Start with what you need: *\"Could you approve the Q3 budget by Friday?\"* Then give the context the reader needs to say yes." },
          { type: "VIDEO", title: "Email makeovers", url: "https://www.youtube.com/watch?v=HnEI3kRSk9I" },
          { type: "LINK", title: "Plain language guidelines", url: "https://www.plainlanguage.gov/guidelines/" },
        ],
      },
      {
        title: "Speaking",
        contents: [
          { type: "LESSON", title: "Disagreeing politely", body: "*\"I see your point; have we considered…?\"* keeps the discussion open while still changing its direction." },
          { type: "FILE", title: "Useful meeting phrases (PDF)", url: "https://example.com/files/meeting-phrases.pdf" },
          {
            type: "QUIZ",
            title: "Communication quiz",
            body: "Pick the best answers.",
            questions: [
              { prompt: "What belongs in an email's first line?", options: [["What you need from the reader", true], ["A long greeting", false], ["Your job title", false]] },
              { prompt: "Which phrase disagrees politely?", options: [["I see your point; have we considered another option?", true], ["That's wrong.", false], ["Whatever you say.", false]] },
              { prompt: "Which make numbers easier to follow?", points: 2, options: [["Rounding", true], ["Comparisons", true], ["Reading every decimal aloud", false]] },
            ],
          },
        ],
      },
      {
        title: "Practice",
        contents: [
          { type: "LESSON", title: "Presenting results", body: "One message per slide, one number per message, and a title that states the conclusion." },
          { type: "ASSIGNMENT", title: "Rewrite an email", body: "Rewrite a real (anonymised) work email using the course's structure and submit both versions." },
        ],
      },
    ],
  },
];
