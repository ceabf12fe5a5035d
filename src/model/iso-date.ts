/** A civil date as YYYY-MM-DD, independent of any time zone. */
export type IsoDate = string;
