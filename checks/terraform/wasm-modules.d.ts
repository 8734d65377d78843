// `.wasm` imports as the Worker bundler gives them: a compiled module (typed opaquely, see runtime.ts).
declare module '*.wasm' {
  const module: object;
  export default module;
}
