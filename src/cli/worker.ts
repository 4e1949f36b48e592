// PLACEHOLDER until the CLI lands (issue 5).
export {};
