/**
 * Process-wide memos of pure functions (phrase analyses, WordNet flags per
 * lemma, summed weights per feature group, lemmas per lexeme): each module
 * registers how to empty its own. Output never depends on them; the bench
 * empties them before every timed pass, so that a pass costs what a first
 * pass over a corpus costs rather than a pass over texts already seen.
 */
const clearers: (() => void)[] = [];

export function registerMemo(clear: () => void): void {
  clearers.push(clear);
}

export function clearMemos(): void {
  for (const clear of clearers) clear();
}

/** `create(key)` remembered per object (a model, a lexicon), emptied with the other memos. */
export function memoByObject<K extends object, V>(create: (key: K) => V): (key: K) => V {
  let memo = new WeakMap<K, V>();
  registerMemo(() => {
    memo = new WeakMap();
  });
  return (key) => {
    let value = memo.get(key);
    if (value === undefined) {
      value = create(key);
      memo.set(key, value);
    }
    return value;
  };
}
