// Signing out after a settings change that ends the session (new password, every device,
// deleted account). next-auth/react loads only then, not with the settings page.
export const signOutTo = async (callbackUrl: string) => (await import("next-auth/react")).signOut({ callbackUrl });
