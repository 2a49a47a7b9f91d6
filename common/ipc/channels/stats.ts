// The stats board: calls per hour, connect rate, talk time and outcomes per day and per campaign.
export const statsInvoke = {} as const;
