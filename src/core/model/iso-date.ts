/** A calendar date as `YYYY-MM-DD`: no time, no zone, so it means the same day on every host. */
export type IsoDate = string;
