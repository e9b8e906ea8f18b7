import { roles, type Role } from '../../../../shared/enums.js';

export const isRole = (value: string): value is Role => (roles as readonly string[]).includes(value);
