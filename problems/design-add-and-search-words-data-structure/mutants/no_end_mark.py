# verdict: wrong_answer
# mistake: search succeeds whenever the path exists, without an end-of-word mark, so a prefix of a stored word matches
class WordDictionary:
    def __init__(self):
        self.root = {}

    def addWord(self, word):
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})

    def search(self, word):
        def dfs(node, i):
            if i == len(word):
                return True
            if word[i] == ".":
                return any(dfs(child, i + 1) for child in node.values())
            return word[i] in node and dfs(node[word[i]], i + 1)

        return dfs(self.root, 0)
