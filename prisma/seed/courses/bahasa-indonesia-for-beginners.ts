import { assignment, handout, lesson, link, question, quiz } from "../build";
import type { CourseSpec } from "../course-types";

export const bahasaIndonesiaForBeginners: CourseSpec = {
  slug: "bahasa-indonesia-for-beginners",
  title: "Bahasa Indonesia for Beginners",
  teacher: "teacher2@example.com",
  category: "languages",
  priceIDR: 99000,
  daysAgo: 20,
  description: `Start speaking Indonesian from the first lesson: greetings, numbers, prices and ordering food.

## What you will learn
- Pronunciation that people understand
- Greetings and introducing yourself politely
- Numbers, prices and everyday questions at the market
- Simple sentences, without any verb conjugation

## Who this course is for
Complete beginners: visitors, new residents and anyone working with Indonesian colleagues.`,
  modules: [
    {
      title: "First words",
      description: "Sounds, greetings and introductions.",
      contents: [
        lesson(
          "Pronunciation basics",
          `Good news: Indonesian is written almost exactly as it is spoken, and every letter is pronounced.

## Vowels
- **a** as in *father*: *apa* (what)
- **i** as in *machine*: *ini* (this)
- **u** as in *rule*: *untuk* (for)
- **e** is usually a short, soft sound as in *the*: *empat* (four); sometimes as in *bed*: *enak* (delicious)
- **o** as in *more*: *toko* (shop)

## Consonants to watch
- **c** is always *ch* as in *church*: *cari* (look for)
- **r** is rolled or tapped: *rumah* (house)
- **ng** as in *singer*, even at the start of a word: *ngobrol* (to chat)
- **ny** as in *canyon*: *nyanyi* (to sing)

## Stress
Stress is light and usually falls on the second-to-last syllable: *ma-KAN* is fine, but do not stress it heavily. Speaking evenly sounds more natural than stressing too hard.`,
        ),
        lesson(
          "Greetings and introductions",
          `## Greetings by time of day
- **Selamat pagi**: good morning (until about 11 a.m.)
- **Selamat siang**: good day (around midday, until about 3 p.m.)
- **Selamat sore**: good afternoon (until dusk)
- **Selamat malam**: good evening, and good night

## Everyday phrases
- **Apa kabar?**: How are you?
- **Baik, terima kasih.**: Fine, thank you.
- **Sama-sama.**: You're welcome.
- **Permisi.**: Excuse me (to pass someone or get attention).
- **Maaf.**: Sorry.
- **Sampai jumpa.**: See you.

## Introducing yourself
> **Nama saya Lucas. Saya dari Jerman. Senang bertemu dengan Anda.**
>
> *My name is Lucas. I am from Germany. Nice to meet you.*

**Anda** is the polite "you" for someone you do not know well. With an older man or woman, use **Bapak** (sir) or **Ibu** (madam) instead: *Apa kabar, Bu?*`,
        ),
        link(
          "KBBI: the official Indonesian dictionary",
          "https://kbbi.kemdikbud.go.id/",
          "Kamus Besar Bahasa Indonesia, the standard dictionary. The definitions are in Indonesian: use it to check spelling and to see a word's forms.",
        ),
      ],
    },
    {
      title: "Daily life",
      description: "Numbers, prices and your first sentences.",
      contents: [
        lesson(
          "Numbers and prices",
          `## One to ten
*satu, dua, tiga, empat, lima, enam, tujuh, delapan, sembilan, sepuluh*

## Building bigger numbers
- **-belas** makes the teens: *sebelas* (11), *dua belas* (12), *tiga belas* (13)
- **puluh** means tens: *dua puluh* (20), *dua puluh lima* (25)
- **ratus** means hundreds: *seratus* (100), *dua ratus* (200)
- **ribu** means thousands: *seribu* (1,000), *lima puluh ribu* (50,000)

The prefix **se-** means "one": *seratus*, *seribu*.

## At the market
- **Berapa harganya?**: How much is it?
- **Dua puluh lima ribu.**: Twenty-five thousand (rupiah).
- **Boleh kurang?**: Can you lower the price a little?
- **Saya ambil dua.**: I'll take two.

Prices are written with dots between thousands: **Rp25.000** is twenty-five thousand rupiah.`,
        ),
        lesson(
          "Sentences without conjugation",
          `## Verbs never change
The same verb works for every person and every time:

- **Saya makan.**: I eat / I am eating / I ate.
- **Dia makan.**: He or she eats.
- **Mereka makan.**: They eat.

## Time words do the work
- **sudah**: already: *Saya sudah makan.* (I have eaten.)
- **sedang**: in the middle of: *Saya sedang makan.* (I am eating.)
- **akan**: will: *Saya akan makan.* (I will eat.)
- **belum**: not yet: *Saya belum makan.* (I haven't eaten yet.)

## Saying no
- **tidak** negates verbs and adjectives: *Saya tidak lapar.* (I am not hungry.)
- **bukan** negates nouns: *Ini bukan kopi.* (This is not coffee.)

## Questions
Raise your voice at the end of a statement, or start with **Apakah**: *Apakah Anda lapar?* (Are you hungry?)`,
        ),
        handout("Vocabulary list", "Every word and phrase from the first two modules, with its English meaning.", {
          fileName: "bahasa-indonesia-vocabulary.pdf",
          title: "Bahasa Indonesia for Beginners: vocabulary",
          sections: [
            {
              heading: "Greetings and courtesy",
              lines: [
                "- selamat pagi: good morning",
                "- selamat siang: good day (around midday)",
                "- selamat sore: good afternoon",
                "- selamat malam: good evening, good night",
                "- apa kabar?: how are you?",
                "- baik, terima kasih: fine, thank you",
                "- sama-sama: you're welcome",
                "- permisi: excuse me",
                "- maaf: sorry",
                "- sampai jumpa: see you",
                "- senang bertemu dengan Anda: nice to meet you",
              ],
            },
            {
              heading: "Numbers",
              lines: [
                "satu 1, dua 2, tiga 3, empat 4, lima 5, enam 6, tujuh 7, delapan 8, sembilan 9, sepuluh 10",
                "sebelas 11, dua belas 12, dua puluh 20, dua puluh lima 25, seratus 100, seribu 1,000",
              ],
            },
            {
              heading: "Shopping and food",
              lines: [
                "- berapa harganya?: how much is it?",
                "- boleh kurang?: can you lower the price?",
                "- saya mau ...: I would like ...",
                "- saya ambil ...: I'll take ...",
                "- tidak pedas: not spicy",
                "- minta bon: the bill, please",
              ],
            },
            {
              heading: "Grammar words",
              lines: [
                "- sudah: already",
                "- sedang: in the middle of (-ing)",
                "- akan: will",
                "- belum: not yet",
                "- tidak: not (verbs and adjectives)",
                "- bukan: not (nouns)",
                "- apakah: starts a yes/no question",
              ],
            },
          ],
        }),
        quiz(
          "Vocabulary check",
          "Five quick questions. You need 60% to pass; retake it as often as you like.",
          [
            question('What does "terima kasih" mean?', [
              ["Good morning", false],
              ["Thank you", true],
              ["See you", false],
            ]),
            question("How do you ask how much something costs?", [
              ["Apa kabar?", false],
              ["Berapa harganya?", true],
              ["Permisi?", false],
            ]),
            question('Which number is "dua puluh lima"?', [
              ["12", false],
              ["25", true],
              ["52", false],
            ]),
            question('How do you say "This is not coffee"?', [
              ["Ini tidak kopi.", false],
              ["Ini bukan kopi.", true],
              ["Ini belum kopi.", false],
            ]),
            question(
              "Which of these are greetings for a time of day?",
              [
                ["Selamat pagi", true],
                ["Selamat malam", true],
                ["Sampai jumpa", false],
                ["Sama-sama", false],
              ],
              2,
            ),
          ],
          { passMark: 60, shuffleOptions: true },
        ),
      ],
    },
    {
      title: "Speaking practice",
      description: "Put the words together in real situations.",
      contents: [
        lesson(
          "Ordering food",
          `## A typical exchange at a warung
> **Penjual:** Mau pesan apa?
> *(What would you like to order?)*
>
> **Anda:** Saya mau nasi goreng satu, tidak pedas. Dan es teh manis.
> *(I'd like one fried rice, not spicy. And a sweet iced tea.)*
>
> **Penjual:** Makan di sini atau dibungkus?
> *(Eat here or take away?)*
>
> **Anda:** Makan di sini.
> *(Eat here.)*

## Useful words
- **pedas**: spicy; **tidak pedas**: not spicy; **sedikit pedas**: a little spicy
- **dibungkus**: wrapped, to take away
- **Minta bon.**: The bill, please.
- **Enak sekali!**: Delicious!

Notice that the number comes *after* the food: *nasi goreng satu*, *teh dua*.`,
        ),
        assignment(
          "Record a short introduction",
          `Record yourself giving a one-minute introduction in Indonesian.

## Include
- A greeting for the time of day you record it.
- Your name, where you are from and where you live now.
- One thing you like to eat, using **suka** (to like): *Saya suka sate ayam.*
- A polite goodbye.

## What to submit
- A link to the recording (any audio or video host, unlisted is fine).
- The text you said, written out.`,
          { submissionKinds: ["URL", "TEXT"] },
        ),
      ],
    },
  ],
};
