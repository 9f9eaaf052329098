// Numerics: finite differences, step sizes, the error-vs-step series and the gradient check.
export * from './steps';
export * from './differences';
export * from './errorVsStep';
export * from './gradcheck';
