// Both catalogs must hold the same keys with the same ICU arguments and tags, so no page can
// render in one language and fail (or fall back to a key) in the other.
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { CLIENT_NAMESPACES } from "@/lib/i18n/client-text";
import { messageFallback, onMessageError } from "@/lib/i18n/missing-messages";
import en from "@/messages/en.json";
import id from "@/messages/id.json";

type Catalog = { [key: string]: string | Catalog };

/** Every leaf as "Namespace.key" → message. */
function leaves(catalog: Catalog, prefix = ""): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") found.set(path, value);
    else for (const [leaf, message] of leaves(value, path)) found.set(leaf, message);
  }
  return found;
}

/** The argument names ({count}, {type, select, …}) and rich-text tags (<brand>) of an ICU
 *  message, found by walking its braces: option bodies of plural/select are messages too. */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  for (const [, tag] of message.matchAll(/<([a-zA-Z][\w-]*)>/g)) names.add(`<${tag}>`);
  let i = 0;
  const skipSpace = () => {
    while (/\s/.test(message[i] ?? "")) i++;
  };
  const word = () => {
    const start = i;
    while (i < message.length && !/[\s,{}]/.test(message[i] ?? "")) i++;
    return message.slice(start, i);
  };
  // Reads text up to the closing brace of the current level (or the end).
  function text(): void {
    while (i < message.length && message[i] !== "}") {
      if (message[i] === "{") {
        i++;
        argument();
      } else i++;
    }
  }
  function argument(): void {
    skipSpace();
    names.add(word());
    skipSpace();
    if (message[i] === ",") {
      i++;
      skipSpace();
      const type = word();
      skipSpace();
      if (["plural", "select", "selectordinal"].includes(type) && message[i] === ",") {
        i++;
        for (;;) {
          skipSpace();
          if (message[i] === "}" || i >= message.length) break;
          word();
          skipSpace();
          if (message[i] !== "{") throw new Error(`Unreadable option in: ${message}`);
          i++;
          text();
          i++;
        }
      } else {
        while (i < message.length && message[i] !== "}") i++;
      }
    }
    i++;
  }
  text();
  return [...names].sort();
}

const english = leaves(en);
const indonesian = leaves(id);

describe("message catalogs", () => {
  it("hold the same keys in English and Indonesian", () => {
    expect([...indonesian.keys()].filter((key) => !english.has(key))).toEqual([]);
    expect([...english.keys()].filter((key) => !indonesian.has(key))).toEqual([]);
  });

  it("use the same placeholders and tags on both sides", () => {
    const mismatched = [...english].filter(([key, message]) => argumentsOf(message).join() !== argumentsOf(indonesian.get(key) ?? "").join());
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });

  it("finds the arguments of nested messages", () => {
    expect(argumentsOf("{type, select, Quiz {{count, plural, one {# quiz} other {# quizzes}}} other {x}}")).toEqual(["count", "type"]);
    expect(argumentsOf("Page {page} of {total}")).toEqual(["page", "total"]);
    expect(argumentsOf("{count, plural, other {kursus}}")).toEqual(["count"]);
    expect(argumentsOf("<brand>Lumen</brand> · {name}")).toEqual(["<brand>", "name"]);
  });

  it("translate every message without an error in both languages", () => {
    // Each message gets the arguments it takes: 1 for a value (a plural, a select's "other",
    // a number or a name), a function for a tag.
    const valuesOf = (message: string) =>
      Object.fromEntries(argumentsOf(message).map((name) => (name.startsWith("<") ? [name.slice(1, -1), (chunks: unknown) => String(chunks)] : [name, 1])));
    for (const [locale, messages] of [["en", en], ["id", id]] as const) {
      const markup = createTranslator({ locale, messages, onError: onMessageError }).markup as (key: string, values: object) => string;
      for (const [key, message] of leaves(messages)) expect(() => markup(key, valuesOf(message))).not.toThrow();
    }
  });

  it("keep client namespaces to plain text and {name} placeholders, which client components fill without a formatter", () => {
    for (const catalog of [en, id] as Catalog[]) {
      const formatted = CLIENT_NAMESPACES.flatMap((namespace) =>
        [...leaves(catalog[namespace] as Catalog, namespace)].filter(([, message]) => /[{}<]/.test(message.replace(/\{\w+\}/g, ""))).map(([key]) => key),
      );
      expect(formatted).toEqual([]);
    }
  });

  it("fail on a missing key outside production instead of rendering the key", () => {
    const t = createTranslator({ locale: "id", messages: id, onError: onMessageError, getMessageFallback: messageFallback });
    expect(() => t("Home.noSuchKey" as never)).toThrow(/MISSING_MESSAGE/);
  });
});
