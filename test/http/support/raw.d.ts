// Vite's `?raw` import (vitest in Node and in workerd): the file's text.
declare module '*?raw' {
  const text: string
  export default text
}
