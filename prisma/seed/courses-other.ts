import type { CourseSpec } from "./course-types";

export const otherCourses: CourseSpec[] = [
  {
    slug: "digital-marketing-small-business",
    title: "Digital Marketing for Small Businesses",
    teacher: "teacher@example.com",
    category: "business-marketing",
    priceIDR: 149000,
    daysAgo: 75,
    description: `Reach more customers online on a small budget.

## What you will learn
- Setting up a Google Business Profile that gets found
- Social media content that sells without shouting
- Measuring what works with simple analytics

Examples come from warungs, studios and online shops across Indonesia.`,
    modules: [
      {
        title: "Being found",
        contents: [
          { type: "LESSON", title: "Local search first", body: "Most small businesses win customers within 5 km. A complete profile with photos, opening hours and replies to reviews beats any ad." },
          { type: "VIDEO", title: "Optimising a business profile", url: "https://www.youtube.com/watch?v=2zvlA9VhXQc" },
          { type: "LINK", title: "Google Business Profile help", url: "https://support.google.com/business/" },
        ],
      },
      {
        title: "Content and campaigns",
        contents: [
          { type: "LESSON", title: "The 80/20 content rule", body: "Make four of five posts useful or entertaining; let one in five ask for the sale." },
          { type: "FILE", title: "Content calendar template (PDF)", url: "https://example.com/files/content-calendar.pdf" },
          {
            type: "QUIZ",
            title: "Marketing basics quiz",
            body: "Three questions.",
            questions: [
              { prompt: "Where do most small businesses find new local customers?", options: [["Local search and maps", true], ["TV adverts", false], ["Cold calls", false]] },
              { prompt: "What share of posts should directly sell?", options: [["About one in five", true], ["All of them", false], ["None", false]] },
              { prompt: "Which are useful metrics?", points: 2, options: [["Cost per new customer", true], ["Repeat purchase rate", true], ["Number of likes alone", false]] },
            ],
          },
        ],
      },
      {
        title: "Your plan",
        contents: [
          { type: "LESSON", title: "A 30-day plan", body: "Pick one channel, one offer and one number to watch. Review after 30 days and keep what worked." },
          { type: "ASSIGNMENT", title: "Write your marketing plan", body: "Submit a one-page plan for a real or imagined business: audience, channel, offer, budget and the metric you will track." },
        ],
      },
    ],
  },
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
- Simple sentence structure without verb conjugations`,
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
- Presenting numbers and results`,
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
  {
    slug: "legacy-jquery-techniques",
    title: "Legacy jQuery Techniques",
    teacher: "teacher2@example.com",
    category: "web-development",
    priceIDR: 0,
    status: "ARCHIVED",
    daysAgo: 400,
    description: "Kept for students who enrolled before 2025. New learners should take *Modern JavaScript Foundations*.",
    modules: [
      {
        title: "Selectors",
        contents: [{ type: "LESSON", title: "Selecting elements", body: "`$('.card')` selects every element with the class `card`." }],
      },
    ],
  },
];
