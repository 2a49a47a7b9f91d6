// Campaign dialing: campaigns and their leads, the agent's state, dispositions, and the compliance check
// made right before every dial (manual ones included).
export const campaignInvoke = {} as const;

export const campaignEvents = {} as const;
