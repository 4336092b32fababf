export * from "./status";
export * from "./events";
export * from "./machine";
