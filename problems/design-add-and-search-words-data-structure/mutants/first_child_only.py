# verdict: wrong_answer
# mistake: at a dot, returns the answer of the first child instead of trying the others when it fails
class WordDictionary:
    def __init__(self):
        self.root = {}

    def addWord(self, word):
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        node["$"] = True

    def search(self, word):
        def dfs(node, i):
            if i == len(word):
                return "$" in node
            if word[i] == ".":
                for key, child in node.items():
                    if key != "$":
                        return dfs(child, i + 1)
                return False
            return word[i] in node and dfs(node[word[i]], i + 1)

        return dfs(self.root, 0)
