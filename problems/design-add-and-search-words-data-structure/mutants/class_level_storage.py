# verdict: wrong_answer
# mistake: the trie's root is a class attribute, so every instance shares (and sees) the same words
class WordDictionary:
    root = {}

    def addWord(self, word):
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        node["$"] = True

    def search(self, word):
        frontier = [self.root]
        for ch in word:
            if ch == ".":
                frontier = [c for n in frontier for k, c in n.items() if k != "$"]
            else:
                frontier = [n[ch] for n in frontier if ch in n]
        return any("$" in n for n in frontier)
