import type { ComponentType } from "react";
import { AssignmentIcon, FileIcon, LessonIcon, LinkIcon, QuizIcon, VideoIcon, type IconProps } from "@/components/ui/icons";

// Keyed by the display label the course views return ("Lesson", "Video", ...).
const icons: Record<string, ComponentType<IconProps>> = {
  Lesson: LessonIcon,
  Video: VideoIcon,
  Link: LinkIcon,
  File: FileIcon,
  Quiz: QuizIcon,
  Assignment: AssignmentIcon,
};

export function ContentTypeIcon({ type, className }: { type: string; className?: string }) {
  const Icon = icons[type] ?? LessonIcon;
  return <Icon className={className} />;
}
