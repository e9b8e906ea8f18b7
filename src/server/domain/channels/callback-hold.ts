/** An operator holds a missed call while they ring back; the hold lapses after this, so nobody is forgotten. */
export const callbackHoldMinutes = 10;
