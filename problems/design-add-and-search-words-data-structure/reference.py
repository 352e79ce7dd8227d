class WordDictionary:
    def __init__(self):
        # A trie of nested dictionaries, owned by the instance; the key "$"
        # (never a letter) marks the node where an added word ends.
        self.root = {}

    def addWord(self, word: str) -> None:
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        node["$"] = True

    def search(self, word: str) -> bool:
        # Advance a set of trie nodes one query character at a time: a letter
        # keeps the children along that letter, a dot keeps every letter child.
        # With at most two dots the set stays small, and no recursion is needed.
        frontier = [self.root]
        for ch in word:
            if ch == ".":
                frontier = [child for node in frontier for key, child in node.items() if key != "$"]
            else:
                frontier = [node[ch] for node in frontier if ch in node]
            if not frontier:
                return False
        return any("$" in node for node in frontier)
