/** The roles a person can hold; one person may hold several. */
export const ROLES = ['admin', 'coordinator', 'unit_contact', 'signer', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

/** Sign-off levels in order: 科室负责人 -> 分管领导 -> 主要负责人. */
export const SIGNER_LEVELS = [1, 2, 3] as const;
export type SignerLevel = (typeof SIGNER_LEVELS)[number];

export const SIGNER_LEVEL_NAMES: Record<SignerLevel, string> = {
  1: '科室负责人',
  2: '分管领导',
  3: '主要负责人',
};

/** Chinese labels accepted in imports and shown to people. */
export const ROLE_LABELS: Record<Role, string> = {
  admin: '管理员',
  coordinator: '公开办协调员',
  unit_contact: '单位联络员',
  signer: '审签人',
  auditor: '审计员',
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function isSignerLevel(value: number): value is SignerLevel {
  return (SIGNER_LEVELS as readonly number[]).includes(value);
}
