// Demo accounts. Every one signs in with DEMO_PASSWORD and is already activated.
import type { MemberLevel, Role } from "../../lib/generated/prisma/enums";

export const DEMO_PASSWORD = "lms-demo-2026";

export type Person = { email: string; username: string; fullName: string; role: Role; memberLevel?: MemberLevel };

export const people: Person[] = [
  { email: "admin@example.com", username: "admin", fullName: "Ayu Pratama", role: "ADMIN" },
  { email: "teacher@example.com", username: "teacher", fullName: "Sari Wulandari", role: "TEACHER" },
  { email: "teacher2@example.com", username: "budi.santoso", fullName: "Budi Santoso", role: "TEACHER" },
  { email: "student@example.com", username: "student", fullName: "Rizky Hidayat", role: "STUDENT", memberLevel: "PREMIUM" },
  { email: "student2@example.com", username: "maya.lestari", fullName: "Maya Lestari", role: "STUDENT" },
  { email: "student3@example.com", username: "daniel.okafor", fullName: "Daniel Okafor", role: "STUDENT" },
  { email: "student4@example.com", username: "putri.ananda", fullName: "Putri Ananda", role: "STUDENT" },
  { email: "student5@example.com", username: "lucas.meyer", fullName: "Lucas Meyer", role: "STUDENT" },
  { email: "student6@example.com", username: "nadia.rahman", fullName: "Nadia Rahman", role: "STUDENT" },
];

export const categories = [
  { name: "Web Development", slug: "web-development", description: "Build fast, accessible websites and web applications." },
  { name: "Data Science", slug: "data-science", description: "Turn raw data into answers with Python, SQL and statistics." },
  { name: "Design", slug: "design", description: "Interfaces and experiences people enjoy using." },
  { name: "Business & Marketing", slug: "business-marketing", description: "Grow a business with practical marketing and management skills." },
  { name: "Languages", slug: "languages", description: "Speak, read and write with confidence." },
  { name: "Mathematics", slug: "mathematics", description: "The maths behind everyday decisions, explained plainly." },
];
