import { describe, expect, it } from "vitest";
import { parseVideoUrl } from "@/lib/contents/video";

const youtube = (id: string, query = "") => ({ provider: "youtube", embedUrl: `https://www.youtube-nocookie.com/embed/${id}${query}` });
const vimeo = (id: string, query = "dnt=1") => ({ provider: "vimeo", embedUrl: `https://player.vimeo.com/video/${id}?${query}` });

describe("parseVideoUrl", () => {
  it.each([
    ["https://www.youtube.com/watch?v=dQw4w9WgXcQ", youtube("dQw4w9WgXcQ")],
    ["https://youtube.com/watch?v=dQw4w9WgXcQ&list=PL123&index=2", youtube("dQw4w9WgXcQ")],
    ["http://m.youtube.com/watch?feature=share&v=dQw4w9WgXcQ", youtube("dQw4w9WgXcQ")],
    ["https://music.youtube.com/watch?v=dQw4w9WgXcQ", youtube("dQw4w9WgXcQ")],
    ["https://youtu.be/dQw4w9WgXcQ", youtube("dQw4w9WgXcQ")],
    ["https://youtu.be/dQw4w9WgXcQ?si=abcdef&t=42", youtube("dQw4w9WgXcQ", "?start=42")],
    ["https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=1m30s", youtube("dQw4w9WgXcQ", "?start=90")],
    ["https://www.youtube.com/shorts/aBcDeFgHiJk", youtube("aBcDeFgHiJk")],
    ["https://www.youtube.com/embed/dQw4w9WgXcQ?start=10", youtube("dQw4w9WgXcQ", "?start=10")],
    ["https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", youtube("dQw4w9WgXcQ")],
    ["https://www.youtube.com/live/a_b-c_d-e_f", youtube("a_b-c_d-e_f")],
    ["  https://WWW.YOUTUBE.COM/watch?v=dQw4w9WgXcQ  ", youtube("dQw4w9WgXcQ")],
  ])("turns the YouTube link %s into a youtube-nocookie embed", (url, expected) => {
    expect(parseVideoUrl(url)).toEqual(expected);
  });

  it.each([
    ["https://vimeo.com/76979871", vimeo("76979871")],
    ["http://www.vimeo.com/76979871", vimeo("76979871")],
    ["https://vimeo.com/76979871/a1b2c3d4e5", vimeo("76979871", "h=a1b2c3d4e5&dnt=1")],
    ["https://vimeo.com/channels/staffpicks/76979871", vimeo("76979871")],
    ["https://vimeo.com/groups/shortfilms/videos/76979871", vimeo("76979871")],
    ["https://vimeo.com/showcase/123/video/76979871", vimeo("76979871")],
    ["https://player.vimeo.com/video/76979871", vimeo("76979871")],
    ["https://player.vimeo.com/video/76979871?h=a1b2c3d4e5&autoplay=1", vimeo("76979871", "h=a1b2c3d4e5&dnt=1")],
  ])("turns the Vimeo link %s into the do-not-track player", (url, expected) => {
    expect(parseVideoUrl(url)).toEqual(expected);
  });

  it("plays direct https .mp4 and .webm files in an HTML5 player", () => {
    expect(parseVideoUrl("https://cdn.example.com/media/intro.mp4")).toEqual({
      provider: "file",
      embedUrl: "https://cdn.example.com/media/intro.mp4",
      mimeType: "video/mp4",
    });
    expect(parseVideoUrl("https://cdn.example.com/a/b/Clip.WEBM?token=1#t=5")).toEqual({
      provider: "file",
      embedUrl: "https://cdn.example.com/a/b/Clip.WEBM?token=1#t=5",
      mimeType: "video/webm",
    });
  });

  it.each([
    "javascript:alert(1)//youtube.com/watch?v=dQw4w9WgXcQ",
    "data:video/mp4;base64,AAAA",
    "ftp://cdn.example.com/intro.mp4",
    // A direct file over http would be mixed content on our https pages.
    "http://cdn.example.com/intro.mp4",
    "https://cdn.example.com/intro.mov",
    "https://cdn.example.com/intro.mp4.html",
    "https://www.youtube.com/playlist?list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG",
    "https://www.youtube.com/channel/UC123",
    "https://www.youtube.com/watch?v=short",
    "https://www.youtube.com/watch",
    "https://youtu.be/",
    "https://evil.example/watch?v=dQw4w9WgXcQ",
    "https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ",
    "https://user:pass@youtube.com/watch?v=dQw4w9WgXcQ",
    "https://vimeo.com/staff/76979871",
    "https://vimeo.com/about",
    "https://player.vimeo.com/video/abc",
    "not a url",
    "",
  ])("rejects %s", (url) => {
    expect(parseVideoUrl(url)).toBeNull();
  });
});
