"use client";
import { useRef, useState, useTransition } from "react";
import { removeAvatarAction, uploadAvatarAction } from "@/app/settings/actions";
import { initials } from "@/components/ui/avatar";
import { FormAlert } from "@/components/forms/form-alert";
import { Button } from "@/components/ui/button";
import { AVATAR_TOO_LARGE, MAX_AVATAR_BYTES } from "@/lib/users/avatar-limits";

export function AvatarForm({ name, avatarUrl }: { name: string; avatarUrl: string | null }) {
  const input = useRef<HTMLInputElement>(null);
  const [current, setCurrent] = useState(avatarUrl);
  const [preview, setPreview] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const shown = preview ?? current;

  const upload = (file: File) => {
    setError(null);
    // Quick feedback for the obvious cases; the server decides by the file's bytes.
    if (file.size > MAX_AVATAR_BYTES) return setError(AVATAR_TOO_LARGE);
    setPreview(URL.createObjectURL(file));
    const form = new FormData();
    form.set("avatar", file);
    start(async () => {
      const result = await uploadAvatarAction(form);
      setPreview(null);
      if (result.ok) setCurrent(result.data.avatarUrl);
      else setError(result.error);
      if (input.current) input.current.value = "";
    });
  };

  const remove = () =>
    start(async () => {
      const result = await removeAvatarAction();
      if (result.ok) setCurrent(null);
      else setError(result.error);
    });

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-5">
        {shown ? (
          // eslint-disable-next-line @next/next/no-img-element -- a blob: preview or an uploaded file; next/image adds nothing here
          <img src={shown} alt="Your profile picture" className="size-20 rounded-full object-cover ring-1 ring-slate-200" />
        ) : (
          <span role="img" aria-label="Your profile picture" className="inline-flex size-20 items-center justify-center rounded-full bg-brand-100 text-2xl font-semibold text-brand-800">
            {initials(name)}
          </span>
        )}
        <div className="space-y-2">
          <label className="inline-flex cursor-pointer items-center rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-900 shadow-xs hover:bg-slate-50 has-focus-visible:outline-2 has-focus-visible:outline-brand-600">
            Upload a new picture
            <input
              ref={input}
              type="file"
              accept="image/png,image/jpeg"
              className="sr-only"
              disabled={pending}
              onChange={(event) => {
                const file = event.target.files?.[0];
                if (file) upload(file);
              }}
            />
          </label>
          <p className="text-sm text-slate-600">PNG or JPEG, up to 2 MB. We crop it to a square.</p>
        </div>
        {current && !pending && (
          <Button variant="ghost" size="sm" onClick={remove}>
            Remove picture
          </Button>
        )}
      </div>
      {pending && (
        <div className="space-y-1" role="status">
          <p className="text-sm text-slate-700">Uploading…</p>
          <progress className="h-1.5 w-full max-w-xs overflow-hidden rounded-full accent-brand-600" aria-label="Upload progress" />
        </div>
      )}
      {error && <FormAlert>{error}</FormAlert>}
    </div>
  );
}
