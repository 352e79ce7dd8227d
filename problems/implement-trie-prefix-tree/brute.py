class Trie:
    def __init__(self):
        self.words = []

    def insert(self, word: str) -> None:
        self.words.append(word)

    def search(self, word: str) -> bool:
        return word in self.words

    def startsWith(self, prefix: str) -> bool:
        # Every query looks at every stored word: O(total size) per call.
        return any(w.startswith(prefix) for w in self.words)
