/**
 * One lifecycle workflow per registration code: the business key makes a repeated registration land on the same
 * workflow (start with USE_EXISTING), so a duplicate request is harmless.
 */
export function cooperativeLifecycleWorkflowId(registrationCode: string): string {
  return `cooperative-lifecycle/${registrationCode}`;
}
