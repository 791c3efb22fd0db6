"use client";

import { startTransition, useActionState, useEffect, useRef } from "react";
import type { ActionState } from "@/lib/auth/action";

/**
 * useActionState for a form that keeps what the person typed when the action refuses it.
 * React resets a form after every action it runs; a refused save would then throw away the
 * text and the choices the person has to correct. Here the submit is dispatched by hand (no
 * reset); a success resets the form to its (now saved) defaults. Without JavaScript the form
 * posts to the server action as before.
 */
export function useKeptForm(action: (prev: ActionState, form: FormData) => Promise<ActionState>) {
  const [state, dispatch, pending] = useActionState(action, null);
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok) ref.current?.reset();
  }, [state]);
  const onSubmit = (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget, (e.nativeEvent as SubmitEvent).submitter);
    startTransition(() => dispatch(data));
  };
  return { state, pending, form: { ref, action: dispatch, onSubmit } };
}
