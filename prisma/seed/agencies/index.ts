import type { AgencySeed } from "../types";
import { BANGKA_BELITUNG } from "./bangka-belitung";
import { BULUNGAN } from "./bulungan";
import { HALMAHERA_TIMUR } from "./halmahera-timur";
import { PURBALINGGA } from "./purbalingga";

export { BANGKA_BELITUNG, BULUNGAN, HALMAHERA_TIMUR, PURBALINGGA };

/** The catalog seed, one entry per office, in the order of the source documents. */
export const AGENCY_SEEDS: AgencySeed[] = [HALMAHERA_TIMUR, BULUNGAN, BANGKA_BELITUNG, PURBALINGGA];
