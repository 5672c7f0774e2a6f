/** Workflow ids come from the business key, so a second start of the same case is refused. */
export const probeWorkflowId = (probeId: string): string => `probe-${probeId}`;
export const signOffWorkflowId = (documentId: string): string => `signoff-${documentId}`;
export const requestWorkflowId = (requestId: string): string => `request-${requestId}`;
