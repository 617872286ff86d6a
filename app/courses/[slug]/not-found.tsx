import { ButtonLink } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { EmptyState } from "@/components/ui/empty-state";
import { BookIcon } from "@/components/ui/icons";

export default function CourseNotFound() {
  return (
    <Container size="narrow" className="py-16 sm:py-24">
      <EmptyState
        titleAs="h1"
        icon={<BookIcon />}
        title="Course not found"
        description="This course does not exist or is not published. It may have been renamed or taken offline by its teacher."
        action={<ButtonLink href="/courses">Browse all courses</ButtonLink>}
      />
    </Container>
  );
}
