// Runs before every test file (vitest setupFiles).
import { failOnConsoleError } from "../helpers/console-error";

failOnConsoleError();
