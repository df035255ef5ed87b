/**
 * A Mantine input's `description`, `error` and `errorProps` for a field that shows a hint until
 * the value has a problem, then the problem instead, announced (`role="alert"`), as the hand-made
 * forms did. Mantine points aria-describedby at whichever is shown and sets aria-invalid.
 *
 * @example <TextInput label="Currency" {...hinted(invalid ? 'Not a code' : null, 'Three letters')} />
 */
export function hinted(problem: string | null, hint: string | null) {
  return problem ? { error: problem, errorProps: { role: 'alert' } } : { description: hint ?? undefined };
}
