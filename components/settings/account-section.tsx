import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { DeleteAccount, SignOutEverywhere } from "./account-actions";

export function AccountActions() {
  return (
    <>
      <Card>
        <CardHeader title="Sessions" description="Lost a device? End every session and API token of your account at once." />
        <CardBody>
          <SignOutEverywhere />
        </CardBody>
      </Card>
      <Card className="border-red-200">
        <CardHeader title="Delete account" description="Removes your account, enrolments and certificates for good. Teachers must first hand over or delete their courses." />
        <CardBody>
          <DeleteAccount />
        </CardBody>
      </Card>
    </>
  );
}
